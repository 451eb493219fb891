import PlanwrightDocument

/// A tool without single sign-on is another password; one without rostering is class lists typed by hand. Tools that do not connect go unused.
struct ToolsConnect: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .notIntegrated = $0 { true } else { false } }
    }
}
