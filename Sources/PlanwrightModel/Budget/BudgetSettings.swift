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
    /// A district-wide budget from the district's students, with a floor per school (E-Rate
    /// Category 2's five-year pre-discount budget).
    public var perStudent: PerStudentBudget?
    /// The share of each cost charged to it that the source pays (E-Rate's discount, 20-85%);
    /// nil when it pays all of it.
    public var discount: Located<Share>?
    /// The source that pays the rest of a discounted cost, such as the general fund.
    public var restPaidBy: Reference?
    /// The source divided by purpose, each part with its own rules (Title IV-A's areas).
    public var purposes: [FundingPurpose] = []
    /// A purpose's `at_least` holds only when the source gives at least this a year (Title IV-A: $30,000).
    public var minimumsFrom: Money?
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

/// A district-wide budget from the source over the budget's years: `amount` for every enrolled
/// student, at least `floor` for each school (E-Rate Category 2 since FY2021: the greater of the
/// two, pooled, spent at any school). A district of `smallDistrictLimit` schools or fewer may
/// instead add each school's own budget (`addsSchoolBudgets`), the greater of its students times
/// `amount` and the floor. The budget caps the cost before any discount.
public struct PerStudentBudget: Sendable {
    public var amount: Money
    public var floor: Money
    /// The small-district option: each school's own budget, added up.
    public var addsSchoolBudgets: Located<Bool>?
    public var location: SourceLocation

    /// The most schools a district may have to add each school's own budget (USAC).
    public static let smallDistrictLimit = 10

    public init(amount: Money, floor: Money, addsSchoolBudgets: Located<Bool>? = nil, location: SourceLocation) {
        self.amount = amount
        self.floor = floor
        self.addsSchoolBudgets = addsSchoolBudgets
        self.location = location
    }

    /// The district's budget for schools with these students: pooled, or each school's added up.
    public func budget(students: [Int]) -> Money {
        if addsSchoolBudgets?.value == true {
            return students.reduce(.zero) { $0 + max(amount * $1, floor) }
        }
        return max(amount * students.reduce(0, +), floor * students.count)
    }
}
