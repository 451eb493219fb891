import PlanwrightDocument

/// Pitfall 4 of the evaluation brief: work not tied to the district's goals is seen as an add-on.
struct GoalsServeIndicators: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.plan.goals.filter(\.indicators.isEmpty).map {
            .warning(english: "goal '\($0.id)' serves no indicator of the framework; tie it to the indicators it moves so it is coordinated with the rest of the plan",
                     at: $0.location)
        }
    }
}
