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
            let what = missing == total.amount ? Message("budget_check_no_funding_covers_it")
                : Message("budget_check_no_funding_covers_part", ["missing": budget.value(missing)])
            return .warning(Message("budget_check_refresh_unfunded", [
                                "item": cost.itemWithUnits, "year": .message(key.year.phrase), "amount": budget.value(total.amount), "what": .message(what),
                            ]),
                            at: cost.location)
        }
    }
}
