import PlanwrightDocument
import PlanwrightModel

/// Pitfall 1 in the numbers: plan and budget for support "especially at sites that might
/// otherwise struggle to support the technology". A school flagged as needing support that the
/// budget gives less per student than the district's median is getting less, not more.
struct SpendingReachesFlaggedSchools: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        guard !budget.costs.isEmpty else { return [] }
        let spending = Dictionary(budget.schools.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
        return context.plan.schools.filter(\.isFlaggedForSupport).compactMap { school in
            guard let spent = spending[school.id] else {
                return .warning("\(Excerpt.of(school.name)) is flagged as needing support, but its spending per student cannot be compared with the district's until it has 'students' (its enrollment); add them so the budget can show it gets its share",
                                at: school.location)
            }
            guard let median = budget.medianPerStudent, spent.perStudent < median else { return nil }
            return .warning("\(Excerpt.of(school.name)) is flagged as needing support, but the plan spends \(budget.words(spent.perStudent)) per student there against a district median of \(budget.words(median)) (\(budget.words(median - spent.perStudent)) less) over \(context.budgetYears); schools that might otherwise struggle need infrastructure, support staff and future upgrades planned and budgeted first",
                            at: school.location)
        }
    }
}
