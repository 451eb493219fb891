import PlanwrightDocument
import PlanwrightModel

/// A recurring cost that outlives its money: licences a grant pays for two years keep coming
/// after it ends. Once per cost, from the first year its source has nothing for it, with what
/// that year costs. (A cost with no source at all is `EveryYearFunded`'s.)
struct FundingCliff: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        var first: [Int: BudgetLine] = [:], order: [Int] = []
        for line in budget.lines where line.kind == .recurring && line.source != nil && !line.isCovered {
            if let earlier = first[line.cost], earlier.year <= line.year { continue }
            if first[line.cost] == nil { order.append(line.cost) }
            first[line.cost] = line
        }
        return order.compactMap { index in
            guard let line = first[index], let source = line.source.flatMap(budget.source) else { return nil }
            let cost = budget.costs[index]
            let amount = budget.total { $0.cost == index && $0.year == line.year && $0.kind == .recurring && $0.source != nil && !$0.isCovered }
            return .warning("\(cost.item), \(budget.words(amount)) a year from \(line.year), have no funding \(context.whyUncovered(by: source, on: line.date, in: line.year, dayInParentheses: true)); find the money before \(line.year) or plan to stop",
                            at: cost.location)
        }
    }
}
