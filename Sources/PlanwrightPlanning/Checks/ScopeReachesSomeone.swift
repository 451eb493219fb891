import PlanwrightDocument
import PlanwrightModel

/// Work narrowed to grades no named school teaches, or to roles and subjects nobody on the
/// staff has, reaches no one: usually a typo in the scope (`grades: 6-12` on a K-5 school), and
/// otherwise a rollout nobody is trained for.
struct ScopeReachesSomeone: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let schoolsByID = Dictionary(plan.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = { (id: String) in schoolsByID[id]?.name ?? id }
        let scoped = context.scopeStaff
        var found: [Diagnostic] = []
        // Checked where it is written: once per goal, and once per milestone that narrows it.
        var checked = Set<Scope>()
        for goal in plan.goals {
            for milestone in goal.milestones where !milestone.scope.isEveryone && checked.insert(milestone.scope).inserted {
                let scope = milestone.scope
                let whom = scope.phrase(schoolName: names) ?? .text("")
                let reached = context.scopeSchools.schools(in: scope)
                if reached.isEmpty {
                    found.append(.warning(Message("check_scope_reaches_no_school", ["milestone": .text(milestone.id), "whom": whom]),
                                          at: milestone.location))
                    continue
                }
                guard !plan.staff.isEmpty, milestone.kind == .rollout || milestone.kind == .training else { continue }
                if !scoped.reachesAnyone(scope) {
                    // By kind, so the sentence agrees with it: "la implementación 'x'", "la capacitación 'x'".
                    let values: [String: Message.Value] = ["milestone": .text(milestone.id), "whom": whom]
                    found.append(.warning(milestone.kind == .rollout ? Message("check_scope_rollout_reaches_no_staff", values)
                                              : Message("check_scope_training_reaches_no_staff", values),
                                          at: milestone.location))
                }
            }
        }
        return found
    }
}
