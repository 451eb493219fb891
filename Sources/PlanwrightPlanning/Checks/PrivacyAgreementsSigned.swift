import PlanwrightDocument

/// Student data goes to a vendor only under a signed data privacy agreement that lasts the school year.
struct PrivacyAgreementsSigned: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { switch $0 { case .privacyMissing, .privacyExpiring: true; default: false } }
    }
}
