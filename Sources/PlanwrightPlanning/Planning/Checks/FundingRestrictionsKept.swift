import PlanwrightDocument
import PlanwrightModel

/// The rules money comes with, kept: a category's share of a source (Title IV-A's 15% for
/// infrastructure), a district-wide per-student budget (E-Rate Category 2), and a grant's end.
/// Breaking one is an error: the district could not spend the money that way. Each error points
/// at the cost a leader would move to another source.
struct FundingRestrictionsKept: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.budget.sources.flatMap { source in
            shareCaps(source, context) + purposeShares(source, context) + perStudentBudgets(source, context)
        } + purchasesOutsideFunding(context)
    }

    /// Each `max_share` cap: in each year of a per-year source, or over all the years of a pooled total.
    private func shareCaps(_ source: PlannedFundingSource, _ context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        let periods: [(amount: Money, year: FiscalYear?, words: String)] = source.total.map { [($0, nil, "in \(context.years(of: source))")] }
            ?? source.perYear.map { ($0.amount, $0.year, "in \($0.year)") }
        return source.maxShare.flatMap { cap in
            periods.compactMap { period in
                let limit = period.amount.share(cap.share)
                let lines = budget.lines.filter { line in
                    line.paidBy == source.id && budget.category(of: line) == cap.category && (period.year.map { line.year == $0 } ?? true)
                }
                return Self.overLimit(lines, limit).map { over -> Diagnostic in
                    .error(english: "\(over.subject(budget)) would put \(cap.category.words) at \(budget.words(over.total)) of the \(budget.words(period.amount)) from \(Excerpt.of(source.name)) \(period.words), over its \(cap.share) cap (\(budget.words(limit))) by \(budget.words(over.total - limit)); move part of \(over.them) to another source",
                           at: budget.costs[over.cost].location)
                }
            }
        }
    }

    /// Each purpose's part of the source (Title IV-A's technology share): the plan's costs
    /// drawing on it stay within it, and its caps (infrastructure at 15% of the technology
    /// share) within their share of it; a cost whose category no purpose takes is named.
    private func purposeShares(_ source: PlannedFundingSource, _ context: CheckContext) -> [Diagnostic] {
        guard !source.purposes.isEmpty else { return [] }
        let budget = context.budget
        var diagnostics: [Diagnostic] = []
        let taken = Set(source.purposes.flatMap(\.categories))
        var named: Set<Int> = []
        for line in budget.lines where line.source == source.id && !taken.contains(budget.category(of: line)) && named.insert(line.cost).inserted {
            let cost = budget.costs[line.cost]
            let spending = source.purposes.filter { !$0.categories.isEmpty }.map { "\(Excerpt.of($0.name)): \($0.categories.map(\.words).joinedAsList())" }
            diagnostics.append(.error(english: "\(cost.item.excerptInEnglish) is \(cost.category.words), which none of \(Excerpt.of(source.name))'s purposes pays for"
                                      + (spending.isEmpty ? "" : " (\(spending.joined(separator: "; ")))")
                                      + "; add \(cost.category.rawValue) to the 'categories' of the purpose it serves, or charge it to another source",
                                      at: cost.location))
        }
        let periods: [(amount: Money, year: FiscalYear?, words: String)] = source.total.map { [($0, nil, "in \(context.years(of: source))")] }
            ?? source.perYear.map { ($0.amount, $0.year, "in \($0.year)") }
        for purpose in source.purposes where !purpose.categories.isEmpty {
            for period in periods {
                let part = period.amount.share(purpose.share)
                let of = "the \(budget.words(part)) \(Excerpt.of(source.name)) keeps for \(Excerpt.of(purpose.name)) (\(purpose.share) of \(budget.words(period.amount)))"
                let lines = budget.lines.filter { line in
                    line.paidBy == source.id && purpose.categories.contains(budget.category(of: line)) && (period.year.map { line.year == $0 } ?? true)
                }
                if let over = Self.overLimit(lines, part) {
                    diagnostics.append(.error(english: "\(over.subject(budget)) would put \(Excerpt.of(purpose.name)) at \(budget.words(over.total)) of \(of) \(period.words), over by \(budget.words(over.total - part)); move part of \(over.them) to another source",
                                              at: budget.costs[over.cost].location))
                }
                for cap in purpose.caps {
                    let limit = part.share(cap.share)
                    let capped = lines.filter { cap.categories.contains(budget.category(of: $0)) }
                    guard let over = Self.overLimit(capped, limit) else { continue }
                    diagnostics.append(.error(english: "\(over.subject(budget)) would put \(cap.categories.map(\.words).joinedAsList()) at \(budget.words(over.total)) of \(of) \(period.words), over its \(cap.share) cap (\(budget.words(limit))) by \(budget.words(over.total - limit)); move part of \(over.them) to another source",
                                              at: budget.costs[over.cost].location))
                }
            }
        }
        return diagnostics
    }

    /// A per-student budget is the district's, pooled (E-Rate Category 2 since FY2021): what is
    /// charged to the source before its discount (its own lines, and the rest another source
    /// pays) must stay within every student times the amount, at least the floor for each school,
    /// or each school's own budget added up in a small district. Every school's students count,
    /// so a school without them leaves the budget uncounted.
    private func perStudentBudgets(_ source: PlannedFundingSource, _ context: CheckContext) -> [Diagnostic] {
        guard let amount = source.perStudent else { return [] }
        let budget = context.budget
        let lines = budget.lines.filter { line in
            (line.source == source.id && line.restOf == nil && line.isCovered) || line.restOf == source.id
        }
        guard !lines.isEmpty else { return [] }
        guard let limit = source.perStudentBudget else {
            return context.plan.schools.filter { source.unenrolledSchools.contains($0.id) }.map { school in
                .error(Message("budget_check_school_without_students", ["school": .text(Excerpt.of(school.name)), "source": .text(Excerpt.of(source.name))]),
                       at: school.location)
            }
        }
        let floor = source.floor ?? .zero
        let schools = source.schoolsCounted == 1 ? "1 school" : "\(source.schoolsCounted) schools"
        let basis = source.addsSchoolBudgets
            ? (source.schoolsCounted == 1 ? "the school's own budget: its students" : "the \(schools)' own budgets added up: each school's students") + " at \(budget.words(amount))" + (floor.isZero ? "" : " or \(budget.words(floor)), whichever is more")
            : "\(DiagnosticCollector.grouped(source.studentsCounted)) students at \(budget.words(amount))" + (floor.isZero ? "" : ", or \(budget.words(floor)) a school at \(schools), whichever is more")
        let before = source.discount == nil ? "" : " before its \(source.discount!) discount"
        guard let over = Self.overLimit(lines, limit) else { return [] }
        return [.error(english: "\(over.subject(budget)) would put \(Excerpt.of(source.name)) at \(budget.words(over.total))\(before), over its \(budget.words(limit)) budget for \(context.budgetYears) (\(basis)) by \(budget.words(over.total - limit)); move part of \(over.them) to another source",
                       at: budget.costs[over.cost].location)]
    }

    /// A one-time purchase paid when its source has no money: after a grant ends, or outside
    /// the source's years. (A recurring cost that outlives its money is `FundingCliff`'s.)
    private func purchasesOutsideFunding(_ context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        var seen: Set<[String]> = []
        return budget.lines.compactMap { line in
            guard line.kind == .purchase, !line.isCovered, let id = line.source, let source = budget.source(id),
                  seen.insert(["\(line.cost)", id]).inserted else { return nil }
            let cost = budget.costs[line.cost]
            return .error(Message("budget_check_paid_without_money", [
                              "item": cost.item.excerpt, "day": .text(context.peopleDates.day(line.date)),
                              "why": .message(context.whyUncovered(by: source, on: line.date, in: line.year)),
                          ]),
                          at: cost.location)
        }
    }

    /// Where the lines, added in cost order, first take the sum past `limit`: the cost that
    /// does it, how many later costs add to it, and the sum with them all. One error per cap,
    /// at the line a leader would move first, rather than one at every cost after it.
    struct Crossing {
        var cost: Int
        var later: Int
        var total: Money

        /// "Cabling would put", or "Cabling and the 2 costs after it would put".
        func subject(_ budget: PlannedBudget) -> String {
            budget.costs[cost].item.excerptInEnglish + (later == 0 ? "" : " and the \(later == 1 ? "cost" : "\(later) costs") after it")
        }
        var them: String { later == 0 ? "it" : "them" }
    }

    static func overLimit(_ lines: [BudgetLine], _ limit: Money) -> Crossing? {
        var crossing: Crossing?
        var running = Money.zero
        for (index, line) in lines.enumerated() {
            running = running + line.amount
            guard index + 1 == lines.count || lines[index + 1].cost != line.cost else { continue }
            if var found = crossing {
                if line.cost != found.cost, running > found.total { found.later += 1 }
                found.total = running
                crossing = found
            } else if running > limit {
                crossing = Crossing(cost: line.cost, later: 0, total: running)
            }
        }
        return crossing
    }
}
