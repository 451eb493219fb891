import PlanwrightDocument

/// The plan's `budget:` settings: the currency, when the fiscal year starts, and how many
/// fiscal years the budget looks ahead (recurring costs, refreshes and grants that end are
/// judged over them).
public struct BudgetSettings: Sendable {
    public var currency: Currency = .usd
    public var fiscalCalendar = FiscalCalendar()
    /// Fiscal years from the one the school year starts in. Five, as E-Rate Category 2 budgets run.
    public var years: Int = 5
    public var location: SourceLocation?
    public init() {}
}

/// Money the district can spend, under `funding:`.
public struct FundingSource: Sendable {
    public enum Amount: Sendable {
        /// The same amount in each fiscal year it covers.
        case perYear(Money)
        /// One sum over all the years it covers, spent in any of them.
        case total(Money)
    }

    public var id: String
    public var name: String
    /// Nil for a source whose amount comes only from its per-student budget (E-Rate Category 2).
    public var amount: Amount?
    /// The first and last fiscal years it covers; nil for open-ended.
    public var from: FiscalYear?
    public var to: FiscalYear?
    public var restrictions: FundingRestrictions
    public var location: SourceLocation
}

/// The rules money comes with, which the planner enforces.
public struct FundingRestrictions: Sendable {
    /// At most this share of the source for a category, such as Title IV-A's 15% for infrastructure.
    public var maxShare: [Located<CategoryShare>] = []
    /// A per-student budget for each school, with a floor (E-Rate Category 2's five-year budget).
    public var perStudent: PerStudentBudget?
    /// The last day money can be spent, for a grant that ends.
    public var ends: Located<SchoolDate>?
    public init() {}
}

public struct CategoryShare: Hashable, Sendable {
    public var category: CostCategory
    public var share: Share
    public init(category: CostCategory, share: Share) {
        self.category = category
        self.share = share
    }
}

/// A school's budget from the source: `amount` per enrolled student, at least `floor`.
public struct PerStudentBudget: Sendable {
    public var amount: Money
    public var floor: Money
    public var location: SourceLocation

    public init(amount: Money, floor: Money, location: SourceLocation) {
        self.amount = amount
        self.floor = floor
        self.location = location
    }

    /// What a school with this many students may spend.
    public func budget(students: Int) -> Money { max(amount * students, floor) }
}
