import PlanwrightDocument

/// Pitfall 2 of the evaluation brief, for tools: roll out only what signs in, rosters and has a signed privacy agreement; the gate before says so.
struct RolloutToolReady: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .rolloutNotReady = $0 { true } else { false } }
    }
}
