import PlanwrightDocument
import PlanwrightModel

/// What the plan costs and who pays, year by year: every cost of the plan's work, support,
/// training and champions, expanded into lines of one fiscal year, one school (or the whole
/// district), one source. Renderers total these lines; they never recount.
public struct PlannedBudget: Sendable, Encodable {
    public var currency: Currency
    /// The fiscal year's first day, written MM-DD.
    public var fiscalYearStart: String
    /// The fiscal years the budget looks ahead over, first to last.
    public var years: [FiscalYear]
    public var sources: [PlannedFundingSource]
    /// The costs as the plan writes them, each with what it comes to.
    public var costs: [PlannedCost]
    /// Every line, in the order of `costs`, then fiscal year, school and source.
    public var lines: [BudgetLine]
    /// In-person support at each school.
    public var support: [PlannedSupport]
    /// Each school's spending, per student where its students are counted (the equity
    /// comparison's), every school with lines of its own among them: with the district-wide
    /// remainder they add up to the total.
    public var schools: [SchoolSpending]
    /// The median of the schools' spending per student; nil when no school has an enrollment.
    public var medianPerStudent: Money?
    /// Each flagged school with an enrollment set against the median of what could reach it.
    public var equity: [EquityComparison] = []
    /// When each fiscal year starts, as a date: when a year's money must be found by. Not in
    /// `plan.json`, which says it as `fiscalYearStart`.
    public var fiscalCalendar = FiscalCalendar()

    /// Whether the plan says anything about money at all; outputs leave the budget out if not.
    public var isEmpty: Bool { sources.isEmpty && lines.isEmpty && support.isEmpty }

    public init(currency: Currency, fiscalYearStart: String, years: [FiscalYear], sources: [PlannedFundingSource], costs: [PlannedCost],
                lines: [BudgetLine], support: [PlannedSupport], schools: [SchoolSpending], medianPerStudent: Money?,
                equity: [EquityComparison] = [], fiscalCalendar: FiscalCalendar = FiscalCalendar()) {
        self.currency = currency
        self.fiscalYearStart = fiscalYearStart
        self.years = years
        self.sources = sources
        self.costs = costs
        self.lines = lines
        self.support = support
        self.schools = schools
        self.medianPerStudent = medianPerStudent
        self.equity = equity
        self.fiscalCalendar = fiscalCalendar
    }

    /// `equity` is read from the lines again by any tool that wants it; `plan.json` keeps its shape.
    enum CodingKeys: String, CodingKey { case currency, fiscalYearStart, years, sources, costs, lines, support, schools, medianPerStudent }

    public func source(_ id: String) -> PlannedFundingSource? { sources.first { $0.id == id } }

    /// `currency.words`, for short.
    public func words(_ money: Money) -> String { currency.words(money) }
    /// An amount for a message, written as the reader's language writes money.
    public func value(_ money: Money) -> Message.Value { currency.value(money) }
}

/// A source of money, as the budget counts it.
public struct PlannedFundingSource: Sendable, Encodable {
    public var id: String
    public var name: String
    /// What it gives in each fiscal year of the budget it covers; empty for a pooled total.
    public var perYear: [YearAmount]
    /// A sum over all its years, spent in any of them.
    public var total: Money?
    /// Its per-student amount (E-Rate Category 2) and its floor for each school.
    public var perStudent: Money?
    public var floor: Money?
    /// The district-wide budget they give over the budget's years, before any discount: nil
    /// without a per-student amount, or when a school has no enrollment to count.
    public var perStudentBudget: Money?
    /// Whether that budget adds each school's own (the small-district option), and what it counted.
    public var addsSchoolBudgets = false
    public var studentsCounted = 0
    public var schoolsCounted = 0
    /// The schools without an enrollment, by id, when that leaves the budget uncounted.
    public var unenrolledSchools: [String] = []
    /// The share of each cost charged to it that it pays (E-Rate's discount), and who pays the rest.
    public var discount: Share?
    public var restPaidBy: String?
    /// The most a category may take of it.
    public var maxShare: [CategoryShare]
    /// Its parts by purpose, each with the categories the plan draws on it for and their caps.
    public var purposes: [PlannedPurpose] = []
    /// The last day it can be spent.
    public var ends: SchoolDate?
    /// The fiscal years it covers, first and last; nil for every year.
    public var from: FiscalYear?
    public var to: FiscalYear?
    /// Where the plan lists it, for messages; not in `plan.json`.
    public var location: SourceLocation

    /// Whether a payment on `date`, in fiscal year `year`, can come from this source.
    public func covers(_ date: SchoolDate, in year: FiscalYear) -> Bool {
        if let from, year < from { return false }
        if let to, to < year { return false }
        if let ends, ends < date { return false }
        return true
    }

    enum CodingKeys: String, CodingKey { case id, name, perYear, total, perStudent, floor, perStudentBudget, discount, restPaidBy, maxShare, purposes, ends, from, to }
}

extension CategoryShare: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(share, forKey: .share)
    }
    enum CodingKeys: String, CodingKey { case category, share }
}

/// A part of a source kept for one purpose (`FundingPurpose`), as the budget checks it.
public struct PlannedPurpose: Sendable, Encodable {
    public var id: String
    public var name: String
    public var share: Share
    public var categories: [CostCategory]
    public var caps: [PurposeCap]
}

extension PurposeCap: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(categories, forKey: .categories)
        try c.encode(share, forKey: .share)
    }
    enum CodingKeys: String, CodingKey { case categories, share }
}

public struct YearAmount: Sendable, Encodable, Equatable {
    public var year: FiscalYear
    public var amount: Money
    public init(year: FiscalYear, amount: Money) {
        self.year = year
        self.amount = amount
    }
}

/// One cost as the plan writes it (or as the planner makes it, for support, training and
/// champions), with its total over the budget's years and what has been spent.
public struct PlannedCost: Sendable, Encodable {
    public enum Origin: String, Sendable, Encodable {
        /// A `costs:` line of a goal or milestone.
        case plan
        case support, training, champions
        /// A tool's yearly cost in the inventory (`tools: inventory: [{ cost: … }]`).
        case tools
    }

    /// The plan's words, or which cost the planner added, for the outputs to word.
    public var item: CostItem
    public var category: CostCategory
    public var origin: Origin
    public var goal: String?
    public var milestone: String?
    /// The schools its work is for, when that is some and not all of them; empty for the whole
    /// district. A cost for several schools is paid once for all of them (its lines have no
    /// school), and their handouts say it is shared.
    public var schools: [String] = []
    public var recurrence: CostRecurrence
    /// For a per-unit cost: the unit, the amount per unit, and the units in all.
    public var unit: CostUnit?
    public var unitAmount: Money?
    public var units: Int?
    /// Every N years, for devices and infrastructure that are replaced.
    public var refreshYears: Int?
    /// The grades its work is for; nil for every grade. A cost for grades 3–5 could never
    /// reach a high school, so the equity comparison leaves it out there. Not in `plan.json`.
    public var grades: GradeSet?
    /// The sources that pay, as the plan says; empty when unfunded.
    public var funding: [String]
    /// Each source's share, in the order of `funding`, when several split the cost.
    public var shares: [Share] = []
    /// What it comes to over the budget's years.
    public var total: Money
    /// What the plan records as spent.
    public var spent: Money?
    /// The first day it is paid.
    public var firstPayment: SchoolDate
    /// Where the plan writes it, for messages; not in `plan.json`.
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey {
        case item, category, origin, goal, milestone, schools, recurrence, unit, unitAmount, units
        case refreshYears, funding, shares, total, spent, firstPayment
    }
}

/// One fiscal year's part of one cost, at one school (or district-wide), from one source.
public struct BudgetLine: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        /// Paid once.
        case purchase
        /// Paid every year or month.
        case recurring
        /// A purchase made again as devices or infrastructure wear out.
        case refresh
    }

    /// Its position in `PlannedBudget.costs`.
    public var cost: Int
    public var year: FiscalYear
    /// When it is paid: the payment's day, or the first of the year's payments.
    public var date: SchoolDate
    public var kind: Kind
    /// The school it is spent at; nil for the whole district.
    public var school: String?
    /// The source the plan charges it to; nil when the plan names none.
    public var source: String?
    /// Whether that source has money for it on its date: false past a grant's end or the
    /// source's last year, which is a funding cliff for a recurring cost.
    public var isCovered: Bool
    public var amount: Money
    /// The units this line counts, for a per-unit cost.
    public var units: Int?
    /// The discounted source whose rest this line pays (the district's part of an E-Rate
    /// purchase); with that source's own lines, the cost before the discount. Not in `plan.json`.
    public var restOf: String? = nil

    /// The source that pays it, or nil when nothing does.
    public var paidBy: String? { isCovered ? source : nil }

    enum CodingKeys: String, CodingKey { case cost, year, date, kind, school, source, isCovered, amount, units }
}

/// Support planned at one school, or for the district as a whole.
public struct PlannedSupport: Sendable, Encodable {
    /// The school; nil for support that names no schools: one service for the whole district.
    public var school: String?
    public var what: String
    /// Days on site each week, in tenths.
    public var tenthsOfDaysPerWeek: Int
    /// Days on site in the school year.
    public var daysPerYear: Int
    public var helpDesk: String?

    /// Days a week as a number is written: "2", "0.5", "2.5".
    public var daysPerWeek: String {
        tenthsOfDaysPerWeek % 10 == 0 ? "\(tenthsOfDaysPerWeek / 10)" : "\(tenthsOfDaysPerWeek / 10).\(tenthsOfDaysPerWeek % 10)"
    }

    enum CodingKeys: String, CodingKey { case school, what, daysPerYear, helpDesk, daysPerWeek }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(school, forKey: .school)
        try c.encode(what, forKey: .what)
        try c.encode(daysPerWeek, forKey: .daysPerWeek)
        try c.encode(daysPerYear, forKey: .daysPerYear)
        try c.encodeIfPresent(helpDesk, forKey: .helpDesk)
    }
}

/// One school's planned spending over the budget's years, per enrolled student.
public struct SchoolSpending: Sendable, Encodable {
    public var school: String
    /// Nil where the school's students are not counted (no `students`, or none): it is in the
    /// table by school for what it gets, with no amount per student.
    public var students: Int?
    /// Its own lines, and its share of costs bought once for several schools.
    public var total: Money
    /// That share: each shared cost divided among its schools by their students.
    public var shared: Money
    public var perStudent: Money?
    public var needsSupport: Bool

    enum CodingKeys: String, CodingKey { case school, students, total, shared, perStudent, needsSupport }
}

/// A flagged school's spending per student against the median of every enrolled school's,
/// both counting only the costs that could reach a school of its grades: a high school is not
/// held against a median raised by devices for grades 3–5 it could never receive.
public struct EquityComparison: Sendable {
    public var school: String
    /// The grades the comparison is for, when costs for other grades are left out; nil when
    /// every cost counts (the school's grades are not written, or every cost could reach it).
    public var grades: GradeSet?
    public var perStudent: Money
    public var median: Money
    /// How many enrolled schools the median is taken over.
    public var schools: Int
    /// The costs left out, by their position in `PlannedBudget.costs`: work for other grades.
    public var leftOut: [Int]
}
