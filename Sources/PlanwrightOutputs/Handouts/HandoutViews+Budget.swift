import Foundation
import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The budget as handouts show it: the district plan's Budget section (a summary, tables by
/// year and source, category, school and goal, the equity comparison, support, a chart), and
/// a school handout's one line of what is coming to the school. Every amount is a total of
/// `PlannedBudget+Totals`; nothing here adds lines up itself.
extension HandoutViews {
    static func budget(_ p: ImprovementPlan, people: PlannedPeople, _ w: Wording = .english) -> Fields {
        // Every key even without a budget (the section is then left out): see `HandoutViews`.
        let budget = p.budget
        let words = budget.words
        let years = budget.byYear
        let sources = budget.sources
        let yearRows: [Fields] = years.map { year in
            let cells: [Fields] = sources.map { source in
                let paid = budget.paid(by: source.id, in: year.year)
                // "of $64,000" where a source has a sum for the year; a pooled grant or a
                // per-student budget is said once, under the table.
                let of = source.perYear.isEmpty ? nil : budget.available(source, in: year.year)
                return [.amount: of.map { w(.budgetPaidOfAvailable, ["paid": words(paid), "available": words($0)]) } ?? words(paid)]
            } + [[.amount: words(budget.paid(by: nil, in: year.year))]]
            return [.year: w.fiscalYear(year.year), .cells: cells, .total: words(year.amount)]
        }
        let totalCells: [Fields] = sources.map { [.amount: words(budget.paid(by: $0.id))] } + [[.amount: words(budget.paid(by: nil))]]
        let goalTitles = Dictionary(p.goals.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        // The tools the district already pays for are under no goal either: the row says so where there are some.
        let notUnderGoal = w(budget.costs.contains { $0.origin == .tools } ? .budgetNotUnderGoalWithTools : .budgetNotUnderGoal)
        let goals: [Fields] = budget.totals(by: budget.goal(of:)).map { goal in
            [.name: goal.key.map { goalTitles[$0] ?? $0 } ?? notUnderGoal, .amount: words(goal.amount)]
        }
        let schools: [Fields] = budget.schools.map { spending in
            // A school with no students written is still in the table, so the rows add up to the total.
            [.name: people.schoolName(spending.school), .students: spending.students.map(w.number) ?? w(.budgetStudentsNotGiven),
             .amount: words(spending.total), .perStudent: spending.perStudent.map(words) ?? "—", .flagged: spending.needsSupport]
        }
        // What is bought once for several schools is in their amounts, shared by enrollment; the
        // district-wide row is what is left.
        let shared = budget.schools.reduce(Money.zero) { $0 + $1.shared }
        let districtWide = budget.total { $0.school == nil } - shared
        let sharedNote = w(.budgetSharedNote, ["amount": words(shared)])
        let support: [Fields] = budget.support.map { s in
            [.school: s.school.map(people.schoolName) ?? w(.budgetDistrictWide), .what: s.what, .days: s.daysWords(w) ?? w(.budgetNoDaysOnSite),
             .helpDesk: s.helpDesk ?? "", .hasHelpDesk: s.helpDesk != nil]
        }
        return [
            .hasBudget: !budget.isEmpty,
            .summary: summary(budget, w),
            .columns: sources.map { [.name: $0.name] as Fields } + [[.name: w(.budgetNoFunding)]],
            .years: yearRows, .cells: totalCells, .total: words(budget.total()),
            .sources: sources.map { source(budget, $0, dates: PeopleDates(p), w) },
            .categories: budget.byCategory.map { [.name: $0.category.words, .amount: words($0.amount)] as Fields },
            .schools: schools, .hasSchools: !schools.isEmpty,
            .districtWide: words(districtWide), .hasDistrictWide: !districtWide.isZero,
            .sharedNote: sharedNote, .hasSharedNote: !shared.isZero,
            .goals: goals,
            .equity: equity(budget, flagged: p.schools.filter { !$0.needsSupport.isEmpty }.map(\.id), people: people, w),
            .support: support, .hasSupport: !support.isEmpty,
            .chart: SVGCharts.budget(budget, w),
        ]
    }

    /// "$627,375 over FY2027–FY2031", the span every budget sentence names.
    static func span(_ budget: PlannedBudget, _ w: Wording = .english) -> String {
        guard let first = budget.years.first, let last = budget.years.last else { return "" }
        return w(first == last ? .budgetInYears : .budgetOverYears, ["years": w.fiscalYears(first, last)])
    }

    /// The section's first paragraph: what it all costs, what the first year costs, and what
    /// nothing pays for yet.
    private static func summary(_ budget: PlannedBudget, _ w: Wording) -> String {
        let words = budget.words
        var values = ["amount": words(budget.total()), "span": span(budget, w)]
        let costs: String
        if let first = budget.byYear.first {
            values["year"] = w.fiscalYear(first.year)
            values["first"] = words(first.amount)
            costs = w(.budgetSummaryCostsFirstYear, values)
        } else {
            costs = w(.budgetSummaryCosts, values)
        }
        let unfunded = budget.paid(by: nil)
        if unfunded.isZero { return w(.budgetSummaryAllFunded, ["costs": costs]) }
        let years = budget.byYear.map(\.year).filter { !budget.paid(by: nil, in: $0).isZero }.map(w.fiscalYear)
        return w(.budgetSummaryUnfunded, ["costs": costs, "amount": words(unfunded), "years": years.joined(separator: ", ")])
    }

    /// What a source has and what the plan uses of it, in words.
    private static func source(_ budget: PlannedBudget, _ source: PlannedFundingSource, dates: PeopleDates, _ w: Wording) -> Fields {
        let words = budget.words
        var has: [String] = []
        if let first = source.perYear.first, source.perYear.allSatisfy({ $0.amount == first.amount }) {
            has.append(w(.budgetSourceAYear, ["amount": words(first.amount)]))
        } else if !source.perYear.isEmpty {
            has.append(source.perYear.map { w(.budgetSourceInYear, ["amount": words($0.amount), "year": w.fiscalYear($0.year)]) }.joined(separator: ", "))
        }
        if let total = source.total { has.append(w(.budgetSourceInAll, ["amount": words(total)])) }
        if let perStudent = source.perStudent {
            // The district's pooled budget, as USAC counts it, and what it comes to here.
            let floor = source.floor.flatMap { $0.isZero ? nil : $0 }
            var rule = w(.budgetSourcePerStudent, ["amount": words(perStudent)]) + (floor.map { w(.budgetSourceFloor, ["amount": words($0)]) } ?? "")
            if source.addsSchoolBudgets { rule += w(.budgetSourceAddsSchoolBudgets) }
            if let pooled = source.perStudentBudget {
                rule += w.count(source.discount == nil ? .budgetSourcePooled : .budgetSourcePooledBeforeDiscount, source.schoolsCounted,
                                ["amount": words(pooled), "students": w.number(source.studentsCounted)])
            }
            has.append(rule)
        }
        if !source.purposes.isEmpty {
            // "kept by purpose: Effective use of technology 58% (devices, infrastructure and software at most 15% of it), …"
            has.append(w(.budgetSourceKeptByPurpose, ["purposes": source.purposes.map { purpose in
                "\(purpose.name) \(purpose.share)" + (purpose.caps.isEmpty ? "" : " (" + purpose.caps.map {
                    w(.budgetSourcePurposeCap, ["categories": w.list($0.categories.map(\.words)), "share": "\($0.share)"])
                }.joined(separator: "; ") + ")")
            }.joined(separator: ", ")]))
        }
        if let discount = source.discount {
            has.append(w(.budgetSourcePaysDiscount, ["share": "\(discount)"])
                + (source.restPaidBy.map { w(.budgetSourceRestPaidBy, ["source": budget.source($0)?.name ?? $0]) } ?? ""))
        }
        if let from = source.from, let to = source.to { has.append(from == to ? w(.budgetInYears, ["years": w.fiscalYear(from)]) : w.fiscalYears(from, to)) }
        if let ends = source.ends { has.append(w(.budgetSourceSpentBy, ["date": dates.day(ends)])) }
        return [.name: source.name, .detail: has.joined(separator: ", "), .amount: words(budget.paid(by: source.id))]
    }

    /// Pitfall 1 in numbers: the schools that would otherwise struggle should get at least the
    /// district's median per student. Each flagged school's spending, and how far from the median
    /// of what could reach it (the district median, or one that leaves out work for grades it
    /// does not teach, named); a flagged school with no students counted is named, not left out quietly.
    private static func equity(_ budget: PlannedBudget, flagged ids: [String], people: PlannedPeople, _ w: Wording) -> String {
        let words = budget.words
        guard let median = budget.medianPerStudent else { return w(.budgetEquityNoneCounted) }
        guard !ids.isEmpty else { return w(.budgetEquityNoneFlagged, ["amount": words(median)]) }
        let counted = budget.equity
        let uncounted = ids.filter { id in !counted.contains { $0.school == id } }.map(people.schoolName)
        let each = counted.map { school -> String in
            let gap = school.perStudent - school.median
            let which = school.leftOut.isEmpty ? w(.budgetEquityTheMedian)
                : w(.budgetEquityMedianForGrades, ["amount": words(school.median), "grades": gradeWords(school.grades), "left_out": leftOutWords(school, budget, w)])
            let against = gap.isZero ? w(.budgetEquitySameAs, ["median": which])
                : gap.isNegative ? w(.budgetEquityLessThan, ["amount": words(school.median - school.perStudent), "median": which])
                : w(.budgetEquityMoreThan, ["amount": words(gap), "median": which])
            return w(.budgetEquitySchool, ["school": people.schoolName(school.school), "amount": words(school.perStudent), "against": against])
        }
        var text = w(.budgetEquityIntro, ["amount": words(median),
                                          "comparisons": each.isEmpty ? w(.budgetEquityNoneComparable) : each.joined(separator: "; ")])
        if counted.contains(where: { $0.perStudent < $0.median }) { text += " " + w(.budgetEquityBelowShort) }
        if !uncounted.isEmpty { text += " " + w(.budgetEquityUncounted, ["schools": uncounted.joined(separator: ", ")]) }
        return text
    }

    /// "grades 9–12", "grade K".
    private static func gradeWords(_ grades: GradeSet?, _ w: Wording = .english) -> String { ScopeWords.whom(Scope(grades: grades), schoolName: { $0 }, w) }

    /// "work for other grades left out: Student Chromebooks, for grades 3–5", at most three named.
    private static func leftOutWords(_ comparison: EquityComparison, _ budget: PlannedBudget, _ w: Wording) -> String {
        let named = comparison.leftOut.prefix(3).map { w(.budgetEquityLeftOutItem, ["item": w.item(budget.costs[$0].item), "grades": gradeWords(budget.costs[$0].grades)]) }
        let more = comparison.leftOut.count - named.count
        return w(.budgetEquityLeftOut, ["items": (named + (more > 0 ? [w.count(.budgetMore, more)] : [])).joined(separator: "; ")])
    }

    /// A handout's line of what is coming to the school: what is bought or paid for there, what
    /// it shares with the other schools of the same work (devices bought once for two schools),
    /// and its support. Its amount is the district plan's table's for the school: its own lines,
    /// and, labelled, its share by enrollment of what is shared, with the two added up; costs for
    /// the whole district are not named. Nil when the school has none of these.
    static func comingToSchool(_ school: PlannedSchool, budget: PlannedBudget, schools: [PlannedSchool], _ w: Wording = .english) -> String? {
        comingToSchool(school, budget: budget, bySchool: SchoolBudgets(budget, schools: schools), w)
    }

    /// Things the line names before "and N more".
    static let comingShown = 7
    /// The longest item name the line gives whole.
    static let comingItemLength = 48

    /// An item's name cut at a word to `comingItemLength` characters: "Classroom screen-management licences for…".
    static func brief(_ item: String) -> String {
        guard item.count > comingItemLength else { return item }
        let cut = item.prefix(comingItemLength - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:")) + "…"
    }

    static func comingToSchool(_ school: PlannedSchool, budget: PlannedBudget, bySchool: SchoolBudgets, _ w: Wording = .english) -> String? {
        let lines = bySchool.lines[school.id] ?? []
        let support = bySchool.support[school.id] ?? []
        let shared = bySchool.shared[school.id] ?? []
        let everySchool = bySchool.districtSupport
        guard !lines.isEmpty || !support.isEmpty || !shared.isEmpty || !everySchool.isEmpty else { return nil }
        var costs: [Int] = []
        for line in lines where !costs.contains(line.cost) { costs.append(line.cost) }
        // Support first: in-person help is what a staff meeting asks about.
        var things: [String] = support.map { s in s.daysWords(w).map { "\(s.what) \($0)" } ?? s.what }
        for index in costs {
            let cost = budget.costs[index]
            let thing: String
            switch cost.origin {
            // Support is said with its days, above; the planner's own costs in words.
            case .support: continue
            case .training: thing = w(cost.category == .stipends ? .budgetComingTrainingStipends : .budgetComingTrainingCosts)
            case .champions: thing = w(.budgetComingChampionStipends)
            case .plan, .tools:
                // Devices and seats the plan counts; a count from scope (staff, students) says little here.
                if let unit = cost.unit, !unit.isCountedFromScope, let units = lines.first(where: { $0.cost == index })?.units {
                    thing = "\(Self.brief(w.item(cost.item))) (\(CostUnitWords.count(unit, units, w)))"
                } else {
                    thing = Self.brief(w.item(cost.item))
                }
            }
            if !things.contains(thing) { things.append(thing) }
        }
        // The line must leave the handout on its page: a few things, each named briefly; the
        // district plan's budget lists them all.
        if things.count > Self.comingShown { things = things.prefix(Self.comingShown - 1) + [w.count(.budgetComingMoreInPlan, things.count - Self.comingShown + 1)] }
        // Shared costs after the school's own amount, grouped by whom they are shared with.
        var sharedWith: [(with: String, things: [String])] = []
        for index in shared {
            let cost = budget.costs[index]
            let others = cost.schools.filter { $0 != school.id }.map { bySchool.names[$0] ?? $0 }
            let with = others.count <= 2 ? others.joinedAsList() : w.count(.budgetComingOtherSchools, others.count)
            let thing = Self.brief(w.item(cost.item)) + (cost.unit.flatMap { unit in cost.units.map { " (\(CostUnitWords.count(unit, $0, w)))" } } ?? "")
            if let at = sharedWith.firstIndex(where: { $0.with == with }) { sharedWith[at].things.append(thing) } else { sharedWith.append((with, [thing])) }
        }
        // "Campus technician, 1 day a week, shared by every school": paid once, for the district.
        var sharing = everySchool.map { s in ([s.what] + (s.daysWords(w).map { [$0] } ?? []) + [w(.budgetComingSharedByEverySchool)]).joined(separator: ", ") }
        sharing += sharedWith.prefix(2).map {
            w(.budgetComingSharedWith, ["schools": $0.with, "things": $0.things.prefix(3).joined(separator: ", ")])
                + ($0.things.count > 3 ? " " + w.count(.andMore, $0.things.count - 3) : "")
        }
        let amount = bySchool.totals[school.id] ?? .zero
        // Its share of what is shared, as the district plan's table by school counts it (none
        // for a school without an enrollment: shares go by students).
        let share = bySchool.spending[school.id]?.shared ?? .zero
        let span = span(budget, w)
        // "Coming to our school, shared with 3 other schools: Laptops" when it has nothing of
        // its own; "Coming to our school: Campus technician, …, shared by every school" first.
        let onlyShared = things.isEmpty && everySchool.isEmpty
        if share.isZero {
            let own = things.isEmpty ? [] : [amount.isZero ? things.joined(separator: ", ")
                : w(.budgetComingOwnWithSpan, ["things": things.joined(separator: ", "), "amount": budget.words(amount), "span": span])]
            return w(onlyShared ? .budgetComingSharedOnly : .budgetComing, ["things": (own + sharing).joined(separator: "; ")])
        }
        // Both amounts labelled, then the one total the district plan's table shows.
        let own = things.isEmpty ? [] : [amount.isZero ? things.joined(separator: ", ")
            : w(.budgetComingOwnAmount, ["things": things.joined(separator: ", "), "amount": budget.words(amount)])]
        if sharing.isEmpty { sharing = [w(.budgetComingOurShareOfShared, ["amount": budget.words(share)])] }
        else { sharing[sharing.count - 1] = w(.budgetComingOurShareAdded, ["sharing": sharing[sharing.count - 1], "amount": budget.words(share)]) }
        let total = amount.isZero ? w(.budgetComingShareTotal, ["amount": budget.words(share), "span": span])
            : w(.budgetComingTotalInAll, ["amount": budget.words(amount + share), "span": span])
        return w(onlyShared ? .budgetComingSharedOnlyWithTotal : .budgetComingWithTotal, ["things": (own + sharing).joined(separator: "; "), "total": total])
    }

    /// The budget's lines, totals and support by school, found once for every handout: a state
    /// has thousands of schools, and each handout must not look through every line again.
    struct SchoolBudgets {
        /// As `PlannedBudget.lines(at:)` gives them, in the budget's order.
        let lines: [String: [BudgetLine]]
        /// The budget's own totals by school (`totals(by:)`).
        let totals: [String: Money]
        let support: [String: [PlannedSupport]]
        /// Support naming no schools: one service for the whole district, reaching every school.
        let districtSupport: [PlannedSupport]
        /// By school, the costs it shares with other schools: for several schools, paid once.
        let shared: [String: [Int]]
        /// Each school's spending, its share of shared costs with it (`PlannedBudget.schools`).
        let spending: [String: SchoolSpending]
        let names: [String: String]

        init(_ budget: PlannedBudget, schools: [PlannedSchool]) {
            var lines: [String: [BudgetLine]] = [:]
            for line in budget.lines { if let school = line.school { lines[school, default: []].append(line) } }
            self.lines = lines
            var totals: [String: Money] = [:]
            for (school, amount) in budget.totals(by: \.school) { if let school { totals[school] = amount } }
            self.totals = totals
            // Support for the whole district is paid on the district's line, not one school's, but
            // it reaches every school: each handout names it apart, as shared by every school.
            var support: [String: [PlannedSupport]] = [:]
            for s in budget.support { if let school = s.school { support[school, default: []].append(s) } }
            self.support = support
            districtSupport = budget.support.filter { $0.school == nil }
            let districtWide = Set(budget.lines.filter { $0.school == nil }.map(\.cost))
            var shared: [String: [Int]] = [:]
            for index in districtWide.sorted() where [.plan, .tools].contains(budget.costs[index].origin) {
                for school in budget.costs[index].schools { shared[school, default: []].append(index) }
            }
            self.shared = shared
            spending = Dictionary(budget.schools.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
            names = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
