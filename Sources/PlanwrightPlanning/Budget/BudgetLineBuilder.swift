import PlanwrightModel

/// Collects costs and their lines. Each payment is split among the cost's sources, judged
/// covered or not by each source on its own date, and added into the line for its fiscal
/// year, kind, school and source.
struct LineBuilder {
    /// More lines than any real budget has (the benchmark's state of 2,000 schools, with a cost
    /// on each of 2,000 milestones, has about 120,000); past it a plan is stopped with an error
    /// rather than allowed to take unbounded time and memory.
    static let maxLines = 1_000_000
    let maxLines: Int

    let fiscal: FiscalCalendar
    let range: ClosedRange<SchoolDate>
    private(set) var sources: [PlannedFundingSource]
    private let sourcePosition: [String: Int]
    private(set) var costs: [PlannedCost] = []
    private(set) var lines: [BudgetLine] = []
    /// The first cost whose lines would have passed `maxLines`; its lines and later ones are left out.
    private(set) var overflow: PlannedCost?

    init(fiscal: FiscalCalendar, range: ClosedRange<SchoolDate>, sources: [PlannedFundingSource], maxLines: Int = LineBuilder.maxLines) {
        self.maxLines = maxLines
        self.fiscal = fiscal
        self.range = range
        self.sources = sources
        sourcePosition = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A part of a cost: its school (nil for the district), its units and its amount per payment.
    typealias Part = (school: String?, units: Int?, amount: Money)

    /// Who pays a cost: each source of its split, and for a source that pays only a discount
    /// (E-Rate), the source that pays the rest beside it; one unnamed payer when unfunded.
    struct Payers {
        struct Payer {
            var source: String?
            /// Its position in `sources`, or -1.
            var position: Int
            /// The discounted source whose rest it pays.
            var restOf: String?
            /// Its share of the whole cost, for the cost's list of who pays (rounded to a hundredth of a percent).
            var share: Share
        }
        var list: [Payer] = []
        /// The split's shares, and each part's discount when its source pays only that.
        var parts: [(share: Share, discount: Share?)] = []

        /// An amount divided among the payers, in `list`'s order: by the split's shares, then a
        /// discounted part between its source and the rest's, each to the cent (`Money.split`).
        func amounts(_ total: Money) -> [Money] {
            var result: [Money] = []
            result.reserveCapacity(list.count)
            for (amount, part) in zip(total.split(parts.map(\.share)), parts) {
                if let discount = part.discount {
                    result += amount.split([discount, Share(basisPoints: Share.whole - discount.basisPoints)])
                } else {
                    result.append(amount)
                }
            }
            return result
        }

        /// Whether a discount puts a second source beside one the plan names.
        var hasRest: Bool { list.contains { $0.restOf != nil } }
    }

    func payersOf(_ funding: FundingSplit?) -> Payers {
        var payers = Payers()
        guard let funding else {
            payers.list = [.init(source: nil, position: -1, restOf: nil, share: .all)]
            payers.parts = [(.all, nil)]
            return payers
        }
        for part in funding.parts {
            let position = sourcePosition[part.source.id] ?? -1
            let source = position >= 0 ? sources[position] : nil
            if let discount = source?.discount, discount != .all {
                let paid = (part.share.basisPoints * discount.basisPoints + Share.whole / 2) / Share.whole
                let rest = source?.restPaidBy
                payers.list.append(.init(source: part.source.id, position: position, restOf: nil, share: Share(basisPoints: paid)))
                payers.list.append(.init(source: rest, position: rest.flatMap { sourcePosition[$0] } ?? -1, restOf: part.source.id,
                                         share: Share(basisPoints: part.share.basisPoints - paid)))
                payers.parts.append((part.share, discount))
            } else {
                payers.list.append(.init(source: part.source.id, position: position, restOf: nil, share: part.share))
                payers.parts.append((part.share, nil))
            }
        }
        return payers
    }

    private func covers(_ position: Int, _ date: SchoolDate, _ year: FiscalYear) -> Bool {
        position >= 0 && sources[position].covers(date, in: year)
    }

    /// A run of payments of one fiscal year and kind that one source covers, or does not.
    private struct Group: Hashable, Comparable {
        var year: FiscalYear
        var kind: Int
        var share: Int
        var uncovered: Bool

        static func < (a: Group, b: Group) -> Bool {
            (a.year.endingYear, a.kind, a.share, a.uncovered ? 1 : 0) < (b.year.endingYear, b.kind, b.share, b.uncovered ? 1 : 0)
        }
    }

    private static let kindOrder: [BudgetLine.Kind] = [.purchase, .recurring, .refresh]

    /// A cost paid on `payments`' dates, each time for every part. The dates are grouped once,
    /// not once per school: a monthly cost at 2,000 schools is 60 dates, not 120,000 payments.
    mutating func add(_ cost: PlannedCost, payments: CostPayments, parts: [Part], funding: FundingSplit?) {
        add(cost, streams: [(payments, parts)], funding: funding)
    }

    /// A cost paid in streams, each on its own dates for its own parts, one after another: support
    /// whose first, shorter school year costs less than the full ones after it.
    mutating func add(_ cost: PlannedCost, streams: [(payments: CostPayments, parts: [Part])], funding: FundingSplit?) {
        var new: [BudgetLine] = []
        for stream in streams {
            guard let lines = lines(costIndex: costs.count, payments: stream.payments, parts: stream.parts, funding: funding),
                  self.lines.count + new.count + lines.count <= maxLines, overflow == nil else {
                overflow = overflow ?? cost
                return
            }
            new += lines
        }
        append(cost, new, funding: funding)
    }

    /// The lines of one stream, or nil when there would be more than the limit.
    private func lines(costIndex index: Int, payments: CostPayments, parts: [Part], funding: FundingSplit?) -> [BudgetLine]? {
        let payers = payersOf(funding), split = payers.list
        var groups: [Group: (count: Int, first: SchoolDate)] = [:]
        for payment in payments.dates(within: range) {
            let year = fiscal.year(of: payment.date)
            for (index, part) in split.enumerated() {
                let key = Group(year: year, kind: Self.kindOrder.firstIndex(of: payment.kind)!, share: index,
                                uncovered: !covers(part.position, payment.date, year))
                let seen = groups[key]
                groups[key] = ((seen?.count ?? 0) + 1, seen?.first ?? payment.date)
            }
        }
        let ordered = groups.keys.sorted()
        guard ordered.count * parts.count <= maxLines else { return nil }
        var new: [BudgetLine] = []
        new.reserveCapacity(ordered.count * parts.count)
        var start = 0
        // Blocks of one year and kind; within one, each part's sources in turn.
        while start < ordered.count {
            let block = ordered[start...].prefix { $0.year == ordered[start].year && $0.kind == ordered[start].kind }
            for part in parts {
                let amounts = payers.amounts(part.amount)
                for group in block {
                    let (count, first) = groups[group]!
                    new.append(BudgetLine(cost: index, year: group.year, date: first, kind: Self.kindOrder[group.kind], school: part.school,
                                          source: split[group.share].source, isCovered: !group.uncovered,
                                          amount: amounts[group.share] * count, units: part.units, restOf: split[group.share].restOf))
                }
            }
            start += block.count
        }
        return new
    }

    /// A cost paid per person on each session date: `people` by date and school (nil: the
    /// district-wide line), in `schools`' order.
    mutating func add(_ cost: PlannedCost, sessions people: [SchoolDate: [String?: Int]], _ schools: [String?], amount: Money, funding: FundingSplit?) {
        let payers = payersOf(funding), split = payers.list
        struct Key: Hashable, Comparable {
            var year: FiscalYear, school: Int, share: Int, uncovered: Bool
            static func < (a: Key, b: Key) -> Bool {
                (a.year.endingYear, a.school, a.share, a.uncovered ? 1 : 0) < (b.year.endingYear, b.school, b.share, b.uncovered ? 1 : 0)
            }
        }
        var sums: [Key: BudgetLine] = [:]
        for date in people.keys.sorted() where range.contains(date) {
            let year = fiscal.year(of: date)
            for (position, school) in schools.enumerated() {
                guard let count = people[date]?[school] else { continue }
                for (index, (part, share)) in zip(split, payers.amounts(amount * count)).enumerated() {
                    let covered = covers(part.position, date, year)
                    let key = Key(year: year, school: position, share: index, uncovered: !covered)
                    var line = sums[key] ?? BudgetLine(cost: costs.count, year: year, date: date, kind: .purchase, school: school,
                                                       source: part.source, isCovered: covered, amount: .zero, units: 0, restOf: part.restOf)
                    line.amount = line.amount + share
                    line.units = (line.units ?? 0) + count
                    sums[key] = line
                }
            }
        }
        guard lines.count + sums.count <= maxLines, overflow == nil else {
            overflow = overflow ?? cost
            return
        }
        append(cost, sums.keys.sorted().map { sums[$0]! }, funding: funding)
    }

    private mutating func append(_ cost: PlannedCost, _ new: [BudgetLine], funding: FundingSplit?) {
        var cost = cost
        if let parts = funding?.parts, parts.count > 1 { cost.shares = parts.map(\.share) }
        // A discount names the source that pays the rest beside the one the plan charged.
        let payers = payersOf(funding)
        if payers.hasRest {
            var order: [String] = [], shares: [String: Int] = [:]
            for payer in payers.list {
                guard let source = payer.source else { continue }
                if shares[source] == nil { order.append(source) }
                shares[source, default: 0] += payer.share.basisPoints
            }
            cost.funding = order
            cost.shares = order.count > 1 ? order.map { Share(basisPoints: shares[$0]!) } : []
        }
        cost.total = new.reduce(.zero) { $0 + $1.amount }
        costs.append(cost)
        lines += new
    }
}
