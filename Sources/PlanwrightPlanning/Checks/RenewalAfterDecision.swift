import PlanwrightDocument

/// A keep-or-retire review that ends after the renewal decides nothing: the district has paid for another year.
struct RenewalAfterDecision: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .renewalBeforeDecision = $0 { true } else { false } }
    }
}
