import PlanwrightDocument
import PlanwrightModel

/// Work for some grades reaches every school that does not say which grades it teaches, as
/// `Scope.includes` takes such a school at its word rather than narrowing it out. That is right
/// when a plan gives no grades at all, and wrong without a word when it is a high school: a
/// grades 3–5 device rollout would be on its handout and train its aides. One warning per
/// scope as written, naming the work and those schools, so the district can give their grades.
struct GradeScopeReachesUngradedSchools: PlanCheck {
    /// Schools named in one warning before "and N more".
    static let shown = 5

    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.schools.contains(where: { $0.grades.isEmpty }) else { return [] }
        var found: [Diagnostic] = []
        var checked = Set<Scope>()
        for goal in plan.goals {
            // Said of the goal, at its 'grades', when the milestones take its scope as it is.
            let goalScope = goal.declaredScope.applied(to: .everyone)
            for milestone in goal.milestones where milestone.scope.grades.map({ $0 != .all }) == true && checked.insert(milestone.scope).inserted {
                let ungraded = context.scopeSchools.schools(in: milestone.scope).filter { $0.grades.isEmpty }
                guard !ungraded.isEmpty else { continue }
                let isGoals = milestone.scope == goalScope
                let work = isGoals ? Message("check_work_goal", ["id": .text(Excerpt.of(goal.id))])
                    : Message("check_work_milestone", ["id": .text(Excerpt.of(milestone.id))])
                found.append(.warning(Self.message(work, milestone.scope, ungraded),
                                      at: isGoals ? goal.declaredScope.grades?.location ?? goal.location : milestone.location))
            }
        }
        return found
    }

    private static func message(_ work: Message, _ scope: Scope, _ schools: [School]) -> Message {
        var names: [Message.Value] = schools.prefix(shown).map { school in
            .message(Message("check_school_with_id", ["school": .text(Excerpt.of(school.name)), "id": .text(Excerpt.of(school.id))]))
        }
        if schools.count > shown { names.append(.message(Message("check_and_more", count: schools.count - shown))) }
        let grades: Message.Value = scope.grades.map { .message($0.phrase) } ?? .text("")
        // A school read from a roster has no 'grades' key to write: its grades come from the export.
        let imported = schools.filter { $0.location.file.lowercased().hasSuffix(".csv") }.count
        let how = switch imported {
        case 0: Message("check_ungraded_write_grades", count: schools.count)
        case schools.count: Message("check_ungraded_roster_grades", count: schools.count)
        default: Message("check_ungraded_write_and_roster_grades")
        }
        // `count` is the schools': "does not say which grades it teaches", "do not … they teach".
        return Message("check_grade_scope_reaches_ungraded", count: schools.count,
                       ["work": .message(work), "grades": grades, "names": .list(names), "how": .message(how)])
    }
}
