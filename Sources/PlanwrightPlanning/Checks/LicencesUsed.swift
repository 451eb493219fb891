import PlanwrightDocument

/// Licences bought are adoption; licences in use are utilization. Most unused licences are found only at renewal: say so before.
struct LicencesUsed: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.ecosystemWarnings { if case .lowUtilization = $0 { true } else { false } }
    }
}
