import PlanwrightDocument

/// Adding a tool is a decision about the ones already doing that job (integration over addition): say which one it replaces.
struct NewToolReplacesOne: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .addsWithoutReplacing = $0 { true } else { false } }
    }
}
