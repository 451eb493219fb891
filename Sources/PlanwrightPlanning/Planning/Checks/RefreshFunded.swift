import PlanwrightDocument
import PlanwrightModel

/// Future upgrades (pitfall 1): devices and infrastructure wear out, and the replacement falls
/// due in a year of its own. A replacement no source pays for is a purchase the district has
/// not planned for.
struct RefreshFunded: PlanCheck {
    private struct Due: Hashable {
        var cost: Int
        var year: FiscalYear
    }

    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        // Each cost's replacement in each year, in line order: what it costs, and what nothing pays.
        let due = budget.totals { $0.kind == .refresh ? Due(cost: $0.cost, year: $0.year) : nil }
        let unpaid = Dictionary(budget.totals { $0.kind == .refresh && $0.paidBy == nil ? Due(cost: $0.cost, year: $0.year) : nil }
            .compactMap { total in total.key.map { ($0, total.amount) } }, uniquingKeysWith: +)
        return due.compactMap { total in
            guard let key = total.key, let missing = unpaid[key], !missing.isZero else { return nil }
            let cost = budget.costs[key.cost]
            let what = missing == total.amount ? "no funding covers it" : "no funding covers \(budget.words(missing)) of it"
            return .warning(english: "the replacement of \(cost.itemWithUnits) falls due in \(key.year) at \(budget.words(total.amount)), and \(what); budget for it in \(key.year), or plan to keep them longer",
                            at: cost.location)
        }
    }
}
