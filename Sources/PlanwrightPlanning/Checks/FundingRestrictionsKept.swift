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
        let periods = Self.periods(source, context)
        return source.maxShare.flatMap { cap in
            periods.compactMap { period in
                let limit = period.amount.share(cap.share)
                let lines = budget.lines.filter { line in
                    line.paidBy == source.id && budget.category(of: line) == cap.category && (period.year.map { line.year == $0 } ?? true)
                }
                return Self.overLimit(lines, limit).map { over -> Diagnostic in
                    let of = Message("budget_check_amount_from_source", ["amount": budget.value(period.amount), "source": .text(Excerpt.of(source.name))])
                    return .error(Message("budget_check_over_share_cap", [
                                      "subject": over.subject(budget), "what": .message(cap.category.phrase), "total": budget.value(over.total),
                                      "of": .message(of), "period": .message(period.words), "share": .text("\(cap.share)"),
                                      "limit": budget.value(limit), "over": budget.value(over.total - limit), "move": .message(over.move),
                                  ]),
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
            let spending = source.purposes.filter { !$0.categories.isEmpty }.map { purpose -> Message.Value in
                .message(Message("budget_check_purpose_pays_for", ["purpose": .text(Excerpt.of(purpose.name)), "categories": .list(purpose.categories.map { .message($0.phrase) })]))
            }
            var values: [String: Message.Value] = [
                "item": cost.item.excerpt, "category": .message(cost.category.phrase), "source": .text(Excerpt.of(source.name)),
                "written": .text(cost.category.rawValue),
            ]
            values["purposes"] = .semicolonSeparated(spending)
            diagnostics.append(.error(spending.isEmpty ? Message("budget_check_category_no_purpose", values) : Message("budget_check_category_no_purpose_listed", values),
                                      at: cost.location))
        }
        let periods = Self.periods(source, context)
        for purpose in source.purposes where !purpose.categories.isEmpty {
            for period in periods {
                let part = period.amount.share(purpose.share)
                let of = Message.Value.message(Message("budget_check_purpose_part", [
                    "part": budget.value(part), "source": .text(Excerpt.of(source.name)), "purpose": .text(Excerpt.of(purpose.name)),
                    "share": .text("\(purpose.share)"), "amount": budget.value(period.amount),
                ]))
                let lines = budget.lines.filter { line in
                    line.paidBy == source.id && purpose.categories.contains(budget.category(of: line)) && (period.year.map { line.year == $0 } ?? true)
                }
                if let over = Self.overLimit(lines, part) {
                    diagnostics.append(.error(Message("budget_check_over_purpose", [
                                                  "subject": over.subject(budget), "purpose": .text(Excerpt.of(purpose.name)), "total": budget.value(over.total),
                                                  "of": of, "period": .message(period.words), "over": budget.value(over.total - part), "move": .message(over.move),
                                              ]),
                                              at: budget.costs[over.cost].location))
                }
                for cap in purpose.caps {
                    let limit = part.share(cap.share)
                    let capped = lines.filter { cap.categories.contains(budget.category(of: $0)) }
                    guard let over = Self.overLimit(capped, limit) else { continue }
                    diagnostics.append(.error(Message("budget_check_over_share_cap", [
                                                  "subject": over.subject(budget), "what": .list(cap.categories.map { .message($0.phrase) }), "total": budget.value(over.total),
                                                  "of": of, "period": .message(period.words), "share": .text("\(cap.share)"),
                                                  "limit": budget.value(limit), "over": budget.value(over.total - limit), "move": .message(over.move),
                                              ]),
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
        let rate: [String: Message.Value] = ["amount": budget.value(amount), "floor": budget.value(floor)]
        let basis: Message
        if source.addsSchoolBudgets {
            basis = source.schoolsCounted == 1
                ? (floor.isZero ? Message("budget_check_basis_school", rate) : Message("budget_check_basis_school_floor", rate))
                : (floor.isZero ? Message("budget_check_basis_schools", count: source.schoolsCounted, rate)
                    : Message("budget_check_basis_schools_floor", count: source.schoolsCounted, rate))
        } else {
            var values = rate
            values["schools"] = .message(Message("board_schools", count: source.schoolsCounted))
            basis = floor.isZero ? Message("budget_check_basis_students", count: source.studentsCounted, values)
                : Message("budget_check_basis_students_floor", count: source.studentsCounted, values)
        }
        guard let over = Self.overLimit(lines, limit) else { return [] }
        return [.error(Message("budget_check_over_per_student_budget", [
                           "subject": over.subject(budget), "source": .text(Excerpt.of(source.name)),
                           "total": source.discount.map { .message(Message("budget_check_before_discount", ["amount": budget.value(over.total), "discount": .text("\($0)")])) }
                               ?? budget.value(over.total),
                           "limit": budget.value(limit), "years": context.budgetYearsPhrase, "basis": .message(basis),
                           "over": budget.value(over.total - limit), "move": .message(over.move),
                       ]),
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
                              "item": cost.item.excerpt, "day": context.peopleDates.value(line.date),
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
        func subject(_ budget: PlannedBudget) -> Message.Value {
            let item = budget.costs[cost].item.excerpt
            return later == 0 ? item : .message(Message("budget_check_cost_and_later", count: later, ["item": item]))
        }

        /// "move part of it (them) to another source", agreeing with how many costs there are.
        var move: Message { Message("budget_check_move_part", count: later + 1) }
    }

    /// A source's amounts, with the years each is for: its pooled total over its years, or each year's.
    static func periods(_ source: PlannedFundingSource, _ context: CheckContext) -> [(amount: Money, year: FiscalYear?, words: Message)] {
        source.total.map { [($0, nil, Message("budget_check_in_years", ["years": context.yearsPhrase(of: source)]))] }
            ?? source.perYear.map { ($0.amount, $0.year, Message("budget_check_in_years", ["years": .message($0.year.phrase)])) }
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
