import PlanwrightDocument
import PlanwrightModel

/// Money for every year costs fall in: a year in which no source has anything at all, and a
/// cost the plan charges to no source, are costs nobody has said how to pay
/// (`PlannedBudget.unfundedYears`, `unfundedCosts`).
struct EveryYearFunded: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        var diagnostics: [Diagnostic] = []
        for (year, costs) in budget.unfundedYears {
            guard let first = budget.lines.first(where: { $0.year == year && !$0.amount.isZero }) else { continue }
            diagnostics.append(.warning(Message("budget_check_year_unfunded", ["year": .message(year.phrase), "costs": budget.value(costs)]),
                                        at: budget.costs[first.cost].location))
        }
        for index in budget.unfundedCosts {
            diagnostics.append(.warning(Message("budget_check_cost_unfunded", ["item": budget.costs[index].item.excerpt]), at: budget.costs[index].location))
        }
        return diagnostics
    }
}
