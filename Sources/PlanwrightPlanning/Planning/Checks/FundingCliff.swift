import PlanwrightDocument
import PlanwrightModel

/// A recurring cost that outlives its money: licences a grant pays for two years keep coming
/// after it ends. Once per cost, from the first year its source has nothing for it, with what
/// that year's unpaid payments come to. (A cost with no source at all is `EveryYearFunded`'s.)
struct FundingCliff: PlanCheck {
    private struct Gap: Hashable {
        var cost: Int
        var year: FiscalYear
    }

    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        // Lines run in cost order, then year: a cost's first gap is the earliest.
        func gap(_ line: BudgetLine) -> Gap? {
            line.kind == .recurring && line.source != nil && !line.isCovered ? Gap(cost: line.cost, year: line.year) : nil
        }
        let gaps = budget.totals(by: gap)
        // The first unpaid line of each gap says whose money ran out, and when.
        var firstLine: [Gap: BudgetLine] = [:]
        for line in budget.lines { if let key = gap(line), firstLine[key] == nil { firstLine[key] = line } }
        var reported: Set<Int> = []
        return gaps.compactMap { gap in
            guard let key = gap.key, reported.insert(key.cost).inserted, let line = firstLine[key],
                  let source = line.source.flatMap(budget.source) else { return nil }
            let cost = budget.costs[key.cost]
            return .warning("\(Excerpt.of(cost.item)), \(budget.words(gap.amount)) a year from \(key.year), have no funding \(context.whyUncovered(by: source, on: line.date, in: key.year, dayInParentheses: true)); find the money before \(key.year) or plan to stop",
                            at: cost.location)
        }
    }
}
