import PlanwrightDocument
import PlanwrightModel

/// Future upgrades (pitfall 1): devices and infrastructure wear out, and the replacement falls
/// due in a year of its own. A replacement no source pays for is a purchase the district has
/// not planned for.
struct RefreshFunded: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        var due: [(cost: Int, year: FiscalYear)] = []
        for line in budget.lines where line.kind == .refresh && line.paidBy == nil {
            if !due.contains(where: { $0.cost == line.cost && $0.year == line.year }) { due.append((line.cost, line.year)) }
        }
        return due.map { cost, year in
            let lines = budget.lines.filter { $0.cost == cost && $0.year == year && $0.kind == .refresh }
            let all = lines.reduce(Money.zero) { $0 + $1.amount }
            let unpaid = lines.reduce(Money.zero) { $1.paidBy == nil ? $0 + $1.amount : $0 }
            let what = unpaid == all ? "no funding covers it" : "no funding covers \(budget.words(unpaid)) of it"
            return .warning("the replacement of \(budget.costs[cost].itemWithUnits) falls due in \(year) at \(budget.words(all)), and \(what); budget for it in \(year), or plan to keep them longer",
                            at: budget.costs[cost].location)
        }
    }
}
