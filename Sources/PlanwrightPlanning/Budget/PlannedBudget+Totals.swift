import PlanwrightModel

/// The budget's totals, every one of them a sum of lines: by fiscal year, by source, by
/// category, by school and by goal. One place, so a handout, the district plan, the CSV and
/// the diff can never disagree.
extension PlannedBudget {
    /// The sum of the lines that pass `include`.
    public func total(where include: (BudgetLine) -> Bool = { _ in true }) -> Money {
        lines.reduce(.zero) { include($1) ? $0 + $1.amount : $0 }
    }

    /// Sums by a key of each line, in the order keys first appear (lines are in cost order, then year).
    public func totals<Key: Hashable>(by key: (BudgetLine) -> Key) -> [(key: Key, amount: Money)] {
        var order: [Key] = [], sums: [Key: Money] = [:]
        for line in lines {
            let k = key(line)
            if sums[k] == nil { order.append(k) }
            sums[k, default: .zero] = sums[k, default: .zero] + line.amount
        }
        return order.map { ($0, sums[$0]!) }
    }

    /// Each fiscal year's total, for every year of the budget (zero where nothing falls).
    public var byYear: [(year: FiscalYear, amount: Money)] {
        let sums = Dictionary(totals(by: \.year).map { ($0.key, $0.amount) }, uniquingKeysWith: +)
        return years.map { ($0, sums[$0] ?? .zero) }
    }

    /// What each source pays in each year; `nil` source is what nothing pays.
    public func paid(by source: String?, in year: FiscalYear? = nil) -> Money {
        total { line in line.paidBy == source && (year.map { line.year == $0 } ?? true) }
    }

    public func category(of line: BudgetLine) -> CostCategory { costs[line.cost].category }
    public func goal(of line: BudgetLine) -> String? { costs[line.cost].goal }

    /// Totals by category, in the categories' own order.
    public var byCategory: [(category: CostCategory, amount: Money)] {
        let sums = Dictionary(totals { costs[$0.cost].category }.map { ($0.key, $0.amount) }, uniquingKeysWith: +)
        return CostCategory.allCases.compactMap { category in sums[category].map { (category, $0) } }
    }

    /// What a source has in a year: its amount that year, or for a pooled total, the total.
    public func available(_ source: PlannedFundingSource, in year: FiscalYear) -> Money? {
        if let total = source.total { return total }
        return source.perYear.first { $0.year == year }?.amount
    }

    /// The lines at one school (not the district-wide ones).
    public func lines(at school: String) -> [BudgetLine] { lines.filter { $0.school == school } }
}

extension PlannedBudget {
    /// What one cost (by its position in `costs`) comes to: its lines paid on or before `date`,
    /// or all of them. What `status` holds a cost's recorded spending against.
    public func planned(cost: Int, through date: SchoolDate? = nil) -> Money {
        total { line in line.cost == cost && (date.map { line.date <= $0 } ?? true) }
    }
}
