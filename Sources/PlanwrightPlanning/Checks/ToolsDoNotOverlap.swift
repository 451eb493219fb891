import PlanwrightDocument

/// Two tools for the same job in the same schools and grades split teachers, data and money: keep one.
struct ToolsDoNotOverlap: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .overlap = $0 { true } else { false } }
    }
}
