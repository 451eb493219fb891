import PlanwrightDocument
import PlanwrightModel

/// A recurring cost that outlives its money: licences a grant pays for two years keep coming
/// after it ends. Once per cost, from the first year its source has nothing for it, with what
/// that year costs. (A cost with no source at all is `EveryYearFunded`'s.)
struct FundingCliff: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        // Each cost's first uncovered recurring line (lines run in year order within a cost), and
        // what that year's uncovered payments come to.
        var first: [Int: BudgetLine] = [:], amount: [Int: Money] = [:], order: [Int] = []
        for line in budget.lines where line.kind == .recurring && line.source != nil && !line.isCovered {
            if let earlier = first[line.cost] {
                if earlier.year == line.year { amount[line.cost] = amount[line.cost, default: .zero] + line.amount }
                continue
            }
            order.append(line.cost)
            first[line.cost] = line
            amount[line.cost] = line.amount
        }
        return order.compactMap { index in
            guard let line = first[index], let amount = amount[index], let source = line.source.flatMap(budget.source) else { return nil }
            let cost = budget.costs[index]
            return .warning("\(cost.item), \(budget.words(amount)) a year from \(line.year), have no funding \(context.whyUncovered(by: source, on: line.date, in: line.year, dayInParentheses: true)); find the money before \(line.year) or plan to stop",
                            at: cost.location)
        }
    }
}
