import PlanwrightModel

/// Collects costs and their lines: each payment of each part (a school's units) is split among
/// the cost's sources, judged covered or not by its source on its own date, and added into the
/// line for its fiscal year, kind, school and source.
struct LineBuilder {
    let fiscal: FiscalCalendar
    let range: ClosedRange<SchoolDate>
    private(set) var sources: [PlannedFundingSource]
    private let sourcePosition: [String: Int]
    private let schoolPosition: [String: Int]
    private(set) var costs: [PlannedCost] = []
    private(set) var lines: [BudgetLine] = []

    init(fiscal: FiscalCalendar, range: ClosedRange<SchoolDate>, sources: [PlannedFundingSource], schools: [String]) {
        self.fiscal = fiscal
        self.range = range
        self.sources = sources
        sourcePosition = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        schoolPosition = Dictionary(schools.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// One payment of one part of a cost: on a date, at a school, of units, for an amount.
    struct Payment {
        var date: SchoolDate
        var kind: BudgetLine.Kind
        var school: String?
        var units: Int?
        var amount: Money
    }

    /// A cost paid on `payments`' dates, each time for every part.
    mutating func add(_ cost: PlannedCost, payments: CostPayments, parts: [(school: String?, units: Int?, amount: Money)], funding: FundingSplit?) {
        let dates = payments.dates(within: range)
        add(cost, dates.flatMap { date in parts.map { Payment(date: date.date, kind: date.kind, school: $0.school, units: $0.units, amount: $0.amount) } },
            funding: funding, unitsAddUp: false)
    }

    /// A cost paid per person on each session date: `people` by date and school.
    mutating func add(_ cost: PlannedCost, sessions people: [SchoolDate: [String: Int]], _ schools: [String], amount: Money, funding: FundingSplit?) {
        let payments = people.keys.sorted().filter(range.contains).flatMap { date in
            schools.compactMap { school in people[date]?[school].map { Payment(date: date, kind: .purchase, school: school, units: $0, amount: amount * $0) } }
        }
        add(cost, payments, funding: funding, unitsAddUp: true)
    }

    private struct LineKey: Hashable, Comparable {
        var year: FiscalYear
        var kind: Int
        var school: Int
        var source: Int
        var uncovered: Bool

        static func < (a: LineKey, b: LineKey) -> Bool {
            (a.year.endingYear, a.kind, a.school, a.source, a.uncovered ? 1 : 0) < (b.year.endingYear, b.kind, b.school, b.source, b.uncovered ? 1 : 0)
        }
    }

    private static let kindOrder: [BudgetLine.Kind] = [.purchase, .recurring, .refresh]

    /// `unitsAddUp`: the line's units are the sum of its payments' (people trained in a year),
    /// rather than the units each payment counts (licences renewed each month).
    private mutating func add(_ cost: PlannedCost, _ payments: [Payment], funding: FundingSplit?, unitsAddUp: Bool) {
        let index = costs.count
        var cost = cost
        let parts: [(source: String?, share: Share)] = funding.map { $0.parts.map { (Optional($0.source.id), $0.share) } } ?? [(nil, .all)]
        var sums: [LineKey: BudgetLine] = [:]
        for payment in payments {
            let year = fiscal.year(of: payment.date)
            for (part, amount) in zip(parts, payment.amount.split(parts.map(\.share))) {
                let source = part.source.flatMap { sourcePosition[$0] }
                let covered = source.map { sources[$0].covers(payment.date, in: year) } ?? false
                let key = LineKey(year: year, kind: Self.kindOrder.firstIndex(of: payment.kind)!, school: payment.school.flatMap { schoolPosition[$0] } ?? -1,
                                  source: source ?? -1, uncovered: !covered)
                if var line = sums[key] {
                    line.amount = line.amount + amount
                    if unitsAddUp { line.units = (line.units ?? 0) + (payment.units ?? 0) }
                    sums[key] = line
                } else {
                    sums[key] = BudgetLine(cost: index, year: year, date: payment.date, kind: payment.kind, school: payment.school,
                                           source: part.source, isCovered: covered, amount: amount, units: payment.units)
                }
            }
        }
        let ordered = sums.keys.sorted().map { sums[$0]! }
        cost.total = ordered.reduce(.zero) { $0 + $1.amount }
        costs.append(cost)
        lines += ordered
    }
}
