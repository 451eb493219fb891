import PlanwrightDocument

/// Pitfall 4 of the evaluation brief: work not tied to the district's goals is seen as an add-on.
struct GoalsServeIndicators: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.plan.goals.filter(\.indicators.isEmpty).map {
            .warning(Message("check_goal_serves_no_indicator", ["goal": .text($0.id)]),
                     at: $0.location)
        }
    }
}
