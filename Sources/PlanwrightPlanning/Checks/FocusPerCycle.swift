import PlanwrightDocument

/// Pitfall 5 of the evaluation brief: concrete plans need focus; a cycle with more initiatives
/// under way than the focus allows gets none of them done well.
struct FocusPerCycle: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        return context.cycles.compactMap { cycle in
            let goals = context.goalsByCycle[cycle.number, default: []].sorted()
            guard goals.count > plan.focus.perCycle else { return nil }
            return .warning(
                Message("check_cycle_over_focus", count: goals.count,
                        ["cycle": cycle.name.phrase, "goals": .text(goals.joined(separator: ", ")), "focus": .number(plan.focus.perCycle)]),
                at: plan.focus.location ?? plan.year.location)
        }
    }
}
