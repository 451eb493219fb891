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
                let work = isGoals ? "goal '\(Excerpt.of(goal.id))'" : "milestone '\(Excerpt.of(milestone.id))'"
                found.append(.warning(english: Self.message(work, milestone.scope, ungraded),
                                      at: isGoals ? goal.declaredScope.grades?.location ?? goal.location : milestone.location))
            }
        }
        return found
    }

    private static func message(_ work: String, _ scope: Scope, _ schools: [School]) -> String {
        var names = schools.prefix(shown).map { "\(Excerpt.of($0.name)) ('\(Excerpt.of($0.id))')" }
        if schools.count > shown { names.append("\(DiagnosticCollector.grouped(schools.count - shown)) more") }
        let grades = scope.grades.map { ($0.grades.count == 1 ? "grade " : "grades ") + String($0.description.map { $0 == "-" ? "–" : $0 }) } ?? ""
        let one = schools.count == 1
        // A school read from a roster has no 'grades' key to write: its grades come from the export.
        let imported = schools.filter { $0.location.file.lowercased().hasSuffix(".csv") }.count
        let how = switch imported {
        case 0: "write \(one ? "the school's" : "their") 'grades'"
        case schools.count: "give \(one ? "its" : "their") students their grades in the roster's users.csv, or add a 'grades' column to its orgs.csv"
        default: "write 'grades' on the schools in the plan, and give the roster's students their grades in users.csv"
        }
        return "\(work) is for \(grades), but \(names.joinedAsList()) \(one ? "does" : "do") not say which grades \(one ? "it teaches" : "they teach"), so it reaches \(one ? "that school" : "those schools") and \(one ? "its" : "their") staff as if \(one ? "it taught" : "they taught") every grade; \(how)"
    }
}
