import PlanwrightModel
import PlanwrightPlanning

/// Compares the budgets of two planned versions. A cost is the same cost in both when its
/// item, goal, milestone and origin are; every amount is a total of `PlannedBudget` (its
/// `PlannedBudget+Totals`), never recounted here.
struct BudgetComparison {
    let old: ImprovementPlan
    let new: ImprovementPlan
    /// Plans for different school years look ahead over different fiscal years: only the years
    /// both budget are compared, and a cost's total over its version's years (or the first of
    /// them it is paid in) is not a change, since the years themselves differ.
    var acrossYears = false

    /// The fiscal years compared: every year of either version, or across school years those of both.
    private var compared: Set<FiscalYear> {
        acrossYears ? Set(old.budget.years).intersection(new.budget.years) : Set(old.budget.years).union(new.budget.years)
    }

    func compare() -> BudgetChanges {
        let before = Side(old), after = Side(new)
        let pairs = CostMatching.pairs(old: old.budget.costs, new: new.budget.costs, oldSchools: before.schoolOf, newSchools: after.schoolOf)
        var changes = BudgetChanges.none(new.budget.currency)
        changes.years = years(pairs, before, after)
        // Added costs in the new version's order, removed ones in the old one's: the pairs' order.
        for pair in pairs {
            switch (pair.old, pair.new) {
            case let (nil, n?): changes.added.append(after.summary(n))
            case let (o?, nil): changes.removed.append(before.summary(o))
            case let (o?, n?): if let change = costChange(o, n, before, after) { changes.changed.append(change) }
            case (nil, nil): break
            }
        }
        changes.sources = sources(before, after)
        changes.unfunded = yearChanges(before, after) { $0.budget.paid(by: nil, in: $1) }
        changes.equity = equity()
        return changes
    }

    // MARK: Years

    private func years(_ pairs: [CostMatching.Pair], _ before: Side, _ after: Side) -> [YearTotalChange] {
        let oldTotals = Dictionary(old.budget.byYear.map { ($0.year, $0.amount) }, uniquingKeysWith: +)
        let newTotals = Dictionary(new.budget.byYear.map { ($0.year, $0.amount) }, uniquingKeysWith: +)
        var causes: [FiscalYear: [CostCause]] = [:]
        for pair in pairs {
            let name = pair.new.map(after.name) ?? pair.old.map(before.name)!
            let kind: CostChangeKind = pair.old == nil ? .added : pair.new == nil ? .removed : .changed
            let was = pair.old.map { before.byYear[$0] ?? [:] } ?? [:], now = pair.new.map { after.byYear[$0] ?? [:] } ?? [:]
            for year in Set(was.keys).union(now.keys) {
                let change = (now[year] ?? .zero) - (was[year] ?? .zero)
                if !change.isZero { causes[year, default: []].append(CostCause(cost: name, kind: kind, change: change)) }
            }
        }
        let years = Set(oldTotals.keys).union(newTotals.keys).union(causes.keys).filter { !acrossYears || compared.contains($0) }
        return years.sorted().compactMap { year in
            let total = YearAmountChange(year: year, old: oldTotals[year] ?? .zero, new: newTotals[year] ?? .zero)
            let all = (causes[year] ?? []).sorted(by: Self.largestFirst)
            guard !total.change.isZero || !all.isEmpty else { return nil }
            let rest = all.dropFirst(YearTotalChange.shown)
            return YearTotalChange(total: total, causes: Array(all.prefix(YearTotalChange.shown)), otherCauses: rest.count,
                                   otherChange: rest.reduce(.zero) { $0 + $1.change })
        }
    }

    /// The largest change first, whichever its sign; ties in the order a reader finds them.
    private static func largestFirst(_ a: CostCause, _ b: CostCause) -> Bool {
        let x = a.change.cents.magnitude, y = b.change.cents.magnitude
        if x != y { return x > y }
        return (a.cost.item.orderKey, a.cost.school ?? "") < (b.cost.item.orderKey, b.cost.school ?? "")
    }

    // MARK: Costs

    private func costChange(_ o: Int, _ n: Int, _ before: Side, _ after: Side) -> CostChange? {
        let was = old.budget.costs[o], now = new.budget.costs[n]
        let change = CostChange(cost: after.name(n), unit: now.unit,
                                total: acrossYears ? nil : .between(was.total, now.total), unitAmount: .between(was.unitAmount, now.unitAmount),
                                units: .between(was.units, now.units),
                                funding: .between(before.payers(was), after.payers(now)),
                                firstYear: acrossYears ? nil : .between(before.firstYear[o], after.firstYear[n]),
                                milestone: was.milestone == now.milestone ? nil : Changed(old: was.milestone, new: now.milestone))
        let unchanged = change.total == nil && change.unitAmount == nil && change.units == nil && change.funding == nil && change.firstYear == nil
            && change.milestone == nil
        return unchanged ? nil : change
    }

    // MARK: Sources

    /// The new version's sources in its order, then those only the old one has.
    private func sources(_ before: Side, _ after: Side) -> [SourceChange] {
        let oldSources = Dictionary(old.budget.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.budget.sources.map(\.id))
        let all = new.budget.sources.map { (old: oldSources[$0.id], new: Optional($0)) }
            + old.budget.sources.filter { !newIDs.contains($0.id) }.map { (old: Optional($0), new: nil) }
        return all.compactMap { pair in
            let source = (pair.new ?? pair.old)!
            let paid = yearChanges(before, after) { $0.budget.paid(by: source.id, in: $1) }
            let terms = Changed.between(pair.old.map(Self.terms), pair.new.map(Self.terms))
            let kind: CostChangeKind = pair.old == nil ? .added : pair.new == nil ? .removed : .changed
            guard kind != .changed || terms != nil || !paid.isEmpty else { return nil }
            return SourceChange(id: source.id, name: source.name, kind: kind, terms: terms, paid: paid)
        }
    }

    private static func terms(_ s: PlannedFundingSource) -> SourceTerms {
        SourceTerms(perYear: s.perYear.first?.amount, total: s.total, perStudent: s.perStudent, floor: s.floor, discount: s.discount, ends: s.ends, from: s.from, to: s.to)
    }

    /// An amount each year of either version, where it differs.
    private func yearChanges(_ before: Side, _ after: Side, _ amount: (ImprovementPlan, FiscalYear) -> Money) -> [YearAmountChange] {
        compared.sorted().compactMap { year in
            let change = YearAmountChange(year: year, old: amount(old, year), new: amount(new, year))
            return change.change.isZero ? nil : change
        }
    }

    // MARK: Equity

    /// Schools that need support in the new version whose spending per student moved across
    /// the median of what could reach them: the pitfall-1 warning appearing or going away.
    private func equity() -> [EquityChange] {
        let was = Dictionary(old.budget.equity.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(new.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return new.budget.equity.compactMap { now in
            guard let before = was[now.school] else { return nil }
            let wasBelow = before.perStudent < before.median, isBelow = now.perStudent < now.median
            guard wasBelow != isBelow else { return nil }
            return EquityChange(school: names[now.school] ?? now.school, perStudent: Changed(old: before.perStudent, new: now.perStudent),
                                median: Changed(old: before.median, new: now.median), nowBelow: isBelow)
        }
    }

    // MARK: One version's lookups

    /// What the comparison reads of one version's budget, gathered once.
    struct Side {
        let plan: ImprovementPlan
        /// Each cost's amount in each fiscal year.
        let byYear: [Int: [FiscalYear: Money]]
        /// The one school each cost is spent at, by its id, when it is at exactly one.
        let schoolOf: [Int: String]
        /// The fiscal year of each cost's first payment within the budget's years.
        let firstYear: [Int: FiscalYear]
        let schoolNames: [String: String]
        let sourceName: [String: String]

        init(_ plan: ImprovementPlan) {
            self.plan = plan
            let budget = plan.budget
            var byYear: [Int: [FiscalYear: Money]] = [:]
            for (key, amount) in budget.totals(by: { CostYear(cost: $0.cost, year: $0.year) }) { byYear[key.cost, default: [:]][key.year] = amount }
            self.byYear = byYear
            var places: [Int: Set<String?>] = [:], first: [Int: BudgetLine] = [:]
            for line in budget.lines {
                places[line.cost, default: []].insert(line.school)
                if first[line.cost].map({ line.date < $0.date }) ?? true { first[line.cost] = line }
            }
            schoolOf = places.compactMapValues { $0.count == 1 ? $0.first! : nil }
            firstYear = first.mapValues(\.year)
            schoolNames = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            sourceName = Dictionary(budget.sources.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }

        func name(_ index: Int) -> CostName {
            let cost = plan.budget.costs[index]
            return CostName(item: cost.item, origin: CostName.Origin(rawValue: cost.origin.rawValue) ?? .plan, goal: cost.goal,
                            milestone: cost.milestone, school: schoolOf[index].map { schoolNames[$0] ?? $0 })
        }

        /// Who pays, by name, each with its share when several split the cost: a change of shares
        /// (60/40 to 50/50) is a change of who pays.
        func payers(_ cost: PlannedCost) -> [String] {
            cost.funding.enumerated().map { index, id in
                (sourceName[id] ?? id) + (index < cost.shares.count ? " \(cost.shares[index])" : "")
            }
        }

        func summary(_ index: Int) -> CostSummary {
            let cost = plan.budget.costs[index]
            return CostSummary(cost: name(index), category: cost.category, total: cost.total, firstYear: firstYear[index],
                               funding: payers(cost), unit: cost.unit, units: cost.units, unitAmount: cost.unitAmount)
        }
    }

    private struct CostYear: Hashable {
        let cost: Int
        let year: FiscalYear
    }
}

/// Which cost of one version is which of the other: the same item, goal, milestone and origin.
/// Two costs with the same of all four (an on-site technician at two schools) are told apart by
/// the school they are spent at, then by their order. A cost left without its counterpart is
/// then matched by item, goal and origin alone: the same cost moved from a milestone to its goal
/// (or to another milestone of it) is one cost that moved, not one removed and one added.
enum CostMatching {
    struct Pair {
        var old: Int?
        var new: Int?
    }

    private struct Key: Hashable {
        let item: CostItem
        let origin: String
        let goal: String?
        let milestone: String?
        init(_ cost: PlannedCost, placed: Bool = true) {
            (item, origin, goal, milestone) = (cost.item, cost.origin.rawValue, cost.goal, placed ? cost.milestone : nil)
        }
    }

    /// The new version's costs in order, each with its old counterpart, then old costs with none.
    static func pairs(old: [PlannedCost], new: [PlannedCost], oldSchools: [Int: String], newSchools: [Int: String]) -> [Pair] {
        var matched: [Int: Int] = [:]
        // Where it is written first (milestone and all), then moved within its goal.
        for placed in [true, false] {
            let used = Set(matched.values)
            var waiting = Dictionary(grouping: old.indices.filter { !used.contains($0) }, by: { Key(old[$0], placed: placed) })
            // Same school first, so two technicians keep their schools; then whatever is left, in order.
            for sameSchool in [true, false] {
                for n in new.indices where matched[n] == nil {
                    let key = Key(new[n], placed: placed)
                    guard let candidates = waiting[key],
                          let at = candidates.firstIndex(where: { !sameSchool || oldSchools[$0] == newSchools[n] }) else { continue }
                    matched[n] = candidates[at]
                    waiting[key]!.remove(at: at)
                }
            }
        }
        let used = Set(matched.values)
        return new.indices.map { Pair(old: matched[$0], new: $0) } + old.indices.filter { !used.contains($0) }.map { Pair(old: $0, new: nil) }
    }
}

extension CostItem {
    /// Ties among changes of the same size are read in the order of their items: the plan's
    /// words, the planner's own after them (a page words those in its language, later).
    fileprivate var orderKey: String { written.map { "0" + $0 } ?? "1\(self)" }
}
