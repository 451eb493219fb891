import PlanwrightDocument

/// Owners are people: a goal's lead or a milestone's owner is someone on the planning team, on
/// the staff, or a school's principal, written as the plan writes their name. "Kevin Walkr"
/// would otherwise print on every handout as the person to ask, and nobody is.
extension PlanValidator {
    func checkOwners() {
        // With the staff unread (a broken import) a staff member's name cannot be told from a typo.
        guard !incomplete.missing.contains(.staff) else { return }
        let people = Self.people(plan)
        for goal in plan.goals {
            if let owner = goal.ownerReference { resolveOwner(owner, people, Message("validate_lead_goal_led_by", ["goal": .text(goal.id)])) }
            for milestone in goal.milestones {
                if let owner = milestone.ownerReference { resolveOwner(owner, people, Message("validate_lead_milestone_owned_by", ["milestone": .text(milestone.id)])) }
            }
        }
        let roles = Set(plan.framework.roles.keys).union(plan.framework.indicators.flatMap(\.steps).compactMap { $0.owner?.lowercased() })
        // The framework's role for each spelling a plan may use (`edtech-leader` for "edtech leader").
        let byKey = Dictionary(roles.map { (OwnerSettings.roleKey($0), $0) }, uniquingKeysWith: min)
        var given: [String: Reference] = [:]
        for (role, person) in plan.owners.roles {
            let key = OwnerSettings.roleKey(role.id)
            if byKey[key] == nil {
                reader.error(Message("validate_owner_role_unknown", ["role": .text(Excerpt.of(role.id)), "framework": .text(plan.framework.id),
                                                                     "hint": ValidationWords.didYouMean(key, in: roles)]), at: role.location)
            } else if let first = given[key] {
                // Two spellings of one role: the first would win, silently.
                reader.error(Message("validate_owner_role_twice", ["role": .text(byKey[key]!), "first": .text(Excerpt.of(first.id)), "line": .text("\(first.location.line)"),
                                                                   "second": .text(Excerpt.of(role.id))]),
                             at: role.location)
            } else {
                given[key] = role
            }
            resolveOwner(person, people, Message("validate_lead_role_given_to", ["role": .text(role.id)]))
        }
    }

    /// Everyone an owner may name: the team, the staff and the schools' principals.
    static func people(_ plan: Plan) -> Set<String> {
        Set(plan.district.team.map(\.name)).union(plan.staff.map(\.name)).union(plan.schools.compactMap(\.principal))
    }

    func resolveOwner(_ owner: Reference, _ people: Set<String>, _ lead: @autoclosure () -> Message) {
        guard !people.contains(owner.id) else { return }
        // A framework role written as an owner ("edtech leader") names nobody a teacher can ask.
        let role = plan.framework.roles[owner.id.lowercased()] != nil
        let fix: Message.Value = if role {
            .message(Message("validate_owner_is_role", ["owner": .text(owner.id)]))
        } else if case let .message(suggestion) = ValidationWords.didYouMean(owner.id, in: people) {
            .message(suggestion)
        } else {
            .message(Message("validate_owner_write_name"))
        }
        reader.error(Message("validate_owner_not_found", ["lead": .message(lead()), "owner": .text(Excerpt.of(owner.id)), "fix": fix]), at: owner.location)
    }
}
