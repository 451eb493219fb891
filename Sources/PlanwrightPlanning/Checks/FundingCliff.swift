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
            return .warning(Message("budget_check_funding_cliff", [
                                "item": cost.item.excerpt, "amount": budget.value(cliff.amount), "year": .message(cliff.year.phrase),
                                "why": .message(context.whyUncovered(by: source, on: cliff.date, in: cliff.year, dayInParentheses: true)),
                            ]),
                            at: cost.location)
        }
    }
}
