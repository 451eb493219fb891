import PlanwrightDocument

/// A tool in use that the plan does not list has had nobody check its privacy agreement, sign-in or rostering.
struct ToolsVetted: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .unvetted = $0 { true } else { false } }
    }
}
