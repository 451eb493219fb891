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
                english: "\(cycle.name) has \(goals.count) goals under way at once (\(goals.joined(separator: ", "))), more than the focus of \(plan.focus.perCycle) per cycle; start some later, or raise focus.per_cycle knowingly",
                at: plan.focus.location ?? plan.year.location)
        }
    }
}
