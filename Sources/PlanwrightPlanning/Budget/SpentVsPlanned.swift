import PlanwrightModel

/// The costs that record `spent`, each against what the plan has them cost by the as-of date
/// and in all: `planwright status`'s "Spent vs planned".
public struct SpentVsPlanned: Sendable, Encodable {
    public struct Cost: Sendable, Encodable {
        public var item: CostItem
        public var goal: String?
        public var milestone: String?
        public var spent: Money
        /// Its lines paid on or before the as-of date.
        public var plannedToDate: Money
        /// All its lines, over the budget's years.
        public var planned: Money
        /// `spent - plannedToDate`: over when positive, under when negative.
        public var difference: Money
    }

    public var asOf: SchoolDate
    /// In the order of the budget's costs.
    public var costs: [Cost]
    /// The sums of the costs above.
    public var spent: Money
    public var plannedToDate: Money
    public var planned: Money
    public var difference: Money
}

extension PlannedBudget {
    /// nil when no cost records what was spent.
    public func spentVsPlanned(asOf: SchoolDate) -> SpentVsPlanned? {
        let costs: [SpentVsPlanned.Cost] = self.costs.indices.compactMap { index in
            let cost = self.costs[index]
            guard let spent = cost.spent else { return nil }
            let toDate = planned(cost: index, through: asOf)
            return SpentVsPlanned.Cost(item: cost.item, goal: cost.goal, milestone: cost.milestone, spent: spent,
                                       plannedToDate: toDate, planned: planned(cost: index), difference: spent - toDate)
        }
        guard !costs.isEmpty else { return nil }
        let sum = { (amount: (SpentVsPlanned.Cost) -> Money) in costs.reduce(Money.zero) { $0 + amount($1) } }
        return SpentVsPlanned(asOf: asOf, costs: costs, spent: sum(\.spent), plannedToDate: sum(\.plannedToDate),
                              planned: sum(\.planned), difference: sum(\.difference))
    }
}
