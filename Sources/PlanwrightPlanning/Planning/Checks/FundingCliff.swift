import PlanwrightDocument
import PlanwrightModel

/// A recurring cost that outlives its money: licences a grant pays for two years keep coming
/// after it ends. Once per cost, from the first year its source has nothing for it, with what
/// that year's unpaid payments come to (`PlannedBudget.fundingCliffs`). A cost with no source
/// at all is `EveryYearFunded`'s.
struct FundingCliff: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        return budget.fundingCliffs.compactMap { cliff in
            guard let source = budget.source(cliff.source) else { return nil }
            let cost = budget.costs[cliff.cost]
            return .warning(english: "\(Excerpt.of(cost.item)), \(budget.words(cliff.amount)) a year from \(cliff.year), have no funding \(context.whyUncovered(by: source, on: cliff.date, in: cliff.year, dayInParentheses: true)); find the money before \(cliff.year) or plan to stop",
                            at: cost.location)
        }
    }
}
