import PlanwrightModel
import PlanwrightPlanning

/// What the plan has that waits on a board decision, each with the date it is needed by: the
/// go/no-go gates still to come, and where the money falls short (`PlannedBudget+Shortfalls`,
/// the same shortfalls the budget checks warn of). Soonest first.
struct BoardDecision {
    enum Fact {
        /// A gate not yet done, and the rollout it opens (nil when none follows it).
        case gate(ScheduledMilestone, opens: ScheduledMilestone?)
        case cliff(PlannedBudget.FundingCliff)
        case overCommitted(PlannedBudget.OverCommitment)
        case unfundedYear(FiscalYear, Money)
        case unfundedCost(Int)
    }

    /// The day it is needed by: a gate's first day, the first day of the fiscal year whose money
    /// is missing, an unfunded cost's first payment.
    let date: SchoolDate
    /// The last day, for a gate that takes several.
    let end: SchoolDate
    let fact: Fact

    static func all(in p: ImprovementPlan) -> [BoardDecision] {
        let budget = p.budget
        let fiscal = budget.fiscalCalendar
        var found: [BoardDecision] = p.milestones.filter { $0.kind == .gate && $0.status != .done }.map { gate in
            BoardDecision(date: gate.start, end: gate.end, fact: .gate(gate, opens: rollout(after: gate, in: p.milestones)))
        }
        found += budget.fundingCliffs.map { cliff in
            let day = fiscal.firstDay(of: cliff.year)
            return BoardDecision(date: day, end: day, fact: .cliff(cliff))
        }
        found += budget.overCommitments.map { over in
            let year = over.year ?? budget.source(over.source)?.from.map { max($0, budget.years.first ?? $0) } ?? budget.years.first
            let day = year.map(fiscal.firstDay(of:)) ?? p.start
            return BoardDecision(date: day, end: day, fact: .overCommitted(over))
        }
        found += budget.unfundedYears.map { year, amount in
            let day = fiscal.firstDay(of: year)
            return BoardDecision(date: day, end: day, fact: .unfundedYear(year, amount))
        }
        found += budget.unfundedCosts.map { index in
            BoardDecision(date: budget.costs[index].firstPayment, end: budget.costs[index].firstPayment, fact: .unfundedCost(index))
        }
        // Stable: on one day, gates (in schedule order) before money (in the budget's order).
        return found.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The first rollout the gate leads to, following `after` through the work between them
    /// (a gate, then training, then the rollout).
    static func rollout(after gate: ScheduledMilestone, in milestones: [ScheduledMilestone]) -> ScheduledMilestone? {
        var reached: Set<String> = [gate.id]
        var frontier = [gate.id]
        while !frontier.isEmpty {
            let next = milestones.filter { m in !reached.contains(m.id) && m.after.contains { frontier.contains($0) } }
            if let rollout = next.first(where: { $0.kind == .rollout }) { return rollout }
            // Another gate on the way opens its own rollout: stop there.
            let onward = next.filter { $0.kind != .gate }
            onward.forEach { reached.insert($0.id) }
            frontier = onward.map(\.id)
        }
        return nil
    }
}
