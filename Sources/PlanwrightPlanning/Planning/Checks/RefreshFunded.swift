import PlanwrightDocument
import PlanwrightModel

/// Future upgrades (pitfall 1): devices and infrastructure wear out, and the replacement falls
/// due in a year of its own. A replacement no source pays for is a purchase the district has
/// not planned for.
struct RefreshFunded: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        // Each cost's replacement in each year, in line order: what it costs, and what nothing pays.
        var due: [Due] = [], position: [Due.Key: Int] = [:]
        for line in budget.lines where line.kind == .refresh {
            let key = Due.Key(cost: line.cost, year: line.year)
            let at = position[key] ?? due.count
            if at == due.count { position[key] = at; due.append(Due(key: key)) }
            due[at].all = due[at].all + line.amount
            if line.paidBy == nil { due[at].unpaid = due[at].unpaid + line.amount }
        }
        return due.filter { !$0.unpaid.isZero }.map { due in
            let (cost, year, all, unpaid) = (due.key.cost, due.key.year, due.all, due.unpaid)
            let what = unpaid == all ? "no funding covers it" : "no funding covers \(budget.words(unpaid)) of it"
            return .warning("the replacement of \(budget.costs[cost].itemWithUnits) falls due in \(year) at \(budget.words(all)), and \(what); budget for it in \(year), or plan to keep them longer",
                            at: budget.costs[cost].location)
        }
    }

    private struct Due {
        struct Key: Hashable { var cost: Int; var year: FiscalYear }
        var key: Key
        var all = Money.zero
        var unpaid = Money.zero
    }
}
