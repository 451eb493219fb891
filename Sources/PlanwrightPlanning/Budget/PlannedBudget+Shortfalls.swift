import PlanwrightModel

/// Where the money falls short, as facts: a recurring cost that outlives its source (a funding
/// cliff), a source charged more than it has, a year no source has money for, a cost no source
/// pays. Found once here: the budget checks word them as warnings for the plan's author, the
/// board page as decisions, and both must name the same shortfalls.
extension PlannedBudget {
    /// A recurring cost whose source has nothing for it from `year` on.
    public struct FundingCliff: Sendable, Equatable {
        /// Its position in `costs`.
        public var cost: Int
        /// The first fiscal year it is not paid, and what that year's unpaid payments come to.
        public var year: FiscalYear
        public var amount: Money
        /// The source whose money ran out, and the date of its first unpaid payment.
        public var source: String
        public var date: SchoolDate
    }

    /// A source asked to pay more than it has: in one fiscal year of a per-year amount, or
    /// (`year` nil) over all the years of a pooled total.
    public struct OverCommitment: Sendable, Equatable {
        public var source: String
        public var year: FiscalYear?
        /// What the plan charges it, and what it has.
        public var charged: Money
        public var available: Money
        public var over: Money { charged - available }
    }

    /// Once per cost, from the first year its source has nothing for it. A cost with no source
    /// at all is not a cliff: see `unfundedCosts`.
    public var fundingCliffs: [FundingCliff] {
        struct Gap: Hashable {
            var cost: Int
            var year: FiscalYear
        }
        // Lines run in cost order, then year: a cost's first gap is the earliest.
        func gap(_ line: BudgetLine) -> Gap? {
            line.kind == .recurring && line.source != nil && !line.isCovered ? Gap(cost: line.cost, year: line.year) : nil
        }
        var firstLine: [Gap: BudgetLine] = [:]
        for line in lines { if let key = gap(line), firstLine[key] == nil { firstLine[key] = line } }
        var found: Set<Int> = []
        return totals(by: gap).compactMap { gap in
            guard let key = gap.key, found.insert(key.cost).inserted, let line = firstLine[key], let source = line.source else { return nil }
            return FundingCliff(cost: key.cost, year: key.year, amount: gap.amount, source: source, date: line.date)
        }
    }

    /// Every source charged more than it has: a pooled total once, a per-year amount in each year it is short.
    public var overCommitments: [OverCommitment] {
        sources.flatMap { source -> [OverCommitment] in
            if let total = source.total {
                let charged = paid(by: source.id)
                return charged > total ? [OverCommitment(source: source.id, year: nil, charged: charged, available: total)] : []
            }
            return source.perYear.compactMap { year in
                let charged = paid(by: source.id, in: year.year)
                return charged > year.amount ? OverCommitment(source: source.id, year: year.year, charged: charged, available: year.amount) : nil
            }
        }
    }

    /// Whether a source has any money in a fiscal year: an amount for that year, or a pooled
    /// total or per-student budget whose years include it and that has not ended before it starts.
    public func hasMoney(_ source: PlannedFundingSource, in year: FiscalYear) -> Bool {
        if !source.perYear.isEmpty { return source.perYear.contains { $0.year == year } }
        guard source.total != nil || source.perStudent != nil else { return false }
        return source.covers(fiscalCalendar.firstDay(of: year), in: year)
    }

    /// The years with costs in which no source has anything at all, with what they cost.
    public var unfundedYears: [(year: FiscalYear, amount: Money)] {
        byYear.filter { year, amount in !amount.isZero && !sources.contains { hasMoney($0, in: year) } }
    }

    /// The costs the plan charges to no source, by their position in `costs`, in the budget's order.
    public var unfundedCosts: [Int] {
        var unfunded: [Int] = []
        for line in lines where line.source == nil && unfunded.last != line.cost { unfunded.append(line.cost) }
        return unfunded
    }
}
