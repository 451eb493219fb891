import PlanwrightDocument

/// Work the plan itself dates past the last day of school does not happen this year: it
/// belongs in a shorter form, an earlier start, or next year's plan.
struct PastLastDayOfSchool: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let locations = Dictionary(plan.milestones.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        return context.milestones.compactMap { m in
            guard m.end > plan.year.end, m.origin == .plan, let location = locations[m.id] else { return nil }
            return .warning("milestone '\(m.id)' runs to \(m.end), past the last day of school (\(plan.year.end)); shorten it, start it sooner, or move it to next year's plan",
                            at: location)
        }
    }
}
