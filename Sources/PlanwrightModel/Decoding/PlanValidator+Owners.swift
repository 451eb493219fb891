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
            if let owner = goal.ownerReference { resolveOwner(owner, people, "goal '\(goal.id)' is led by") }
            for milestone in goal.milestones {
                if let owner = milestone.ownerReference { resolveOwner(owner, people, "milestone '\(milestone.id)' is owned by") }
            }
        }
        let roles = Set(plan.framework.roles.keys).union(plan.framework.indicators.flatMap(\.steps).compactMap { $0.owner?.lowercased() })
        // The framework's role for each spelling a plan may use (`edtech-leader` for "edtech leader").
        let byKey = Dictionary(roles.map { (OwnerSettings.roleKey($0), $0) }, uniquingKeysWith: min)
        var given: [String: Reference] = [:]
        for (role, person) in plan.owners.roles {
            let key = OwnerSettings.roleKey(role.id)
            if byKey[key] == nil {
                reader.error(english: "'owners.roles' names the role '\(Excerpt.of(role.id))', but the framework '\(plan.framework.id)' has no steps for it"
                             + Suggestion.didYouMean(key, in: roles), at: role.location)
            } else if let first = given[key] {
                // Two spellings of one role: the first would win, silently.
                reader.error(english: "'owners.roles' gives the role '\(byKey[key]!)' twice: as '\(Excerpt.of(first.id))' on line \(first.location.line) and as '\(Excerpt.of(role.id))' here; keep one",
                             at: role.location)
            } else {
                given[key] = role
            }
            resolveOwner(person, people, "'owners.roles' gives role '\(role.id)' to")
        }
    }

    /// Everyone an owner may name: the team, the staff and the schools' principals.
    static func people(_ plan: Plan) -> Set<String> {
        Set(plan.district.team.map(\.name)).union(plan.staff.map(\.name)).union(plan.schools.compactMap(\.principal))
    }

    private func resolveOwner(_ owner: Reference, _ people: Set<String>, _ lead: String) {
        guard !people.contains(owner.id) else { return }
        let suggestion = Suggestion.didYouMean(owner.id, in: people)
        // A framework role written as an owner ("edtech leader") names nobody a teacher can ask.
        let role = plan.framework.roles[owner.id.lowercased()] != nil
        let fix = role ? "; '\(owner.id)' is a role of the framework: write the name of the person who holds it"
            : suggestion.isEmpty ? "; write the name as the team or staff list writes it, or add them to 'district.team'" : suggestion
        reader.error(english: "\(lead) '\(Excerpt.of(owner.id))', who is not on the planning team or the staff\(fix)", at: owner.location)
    }
}
