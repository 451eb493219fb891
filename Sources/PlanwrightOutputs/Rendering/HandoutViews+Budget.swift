import Foundation
import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The budget as handouts show it: the district plan's Budget section (a summary, tables by
/// year and source, category, school and goal, the equity comparison, support, a chart), and
/// a school handout's one line of what is coming to the school. Every amount is a total of
/// `PlannedBudget+Totals`; nothing here adds lines up itself.
extension HandoutViews {
    static func budget(_ p: ImprovementPlan, people: PlannedPeople) -> Fields {
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
                return [.amount: words(paid) + (of.map { " of \(words($0))" } ?? "")]
            } + [[.amount: words(budget.paid(by: nil, in: year.year))]]
            return [.year: year.year.description, .cells: cells, .total: words(year.amount)]
        }
        let totalCells: [Fields] = sources.map { [.amount: words(budget.paid(by: $0.id))] } + [[.amount: words(budget.paid(by: nil))]]
        let goalTitles = Dictionary(p.goals.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let goals: [Fields] = budget.totals(by: budget.goal(of:)).map { goal in
            [.name: goal.key.map { goalTitles[$0] ?? $0 } ?? "Not under a goal (support, training, champions)", .amount: words(goal.amount)]
        }
        let schools: [Fields] = budget.schools.map { spending in
            // A school with no students written is still in the table, so the rows add up to the total.
            [.name: people.schoolName(spending.school), .students: spending.students.map(DiagnosticCollector.grouped) ?? "not given",
             .amount: words(spending.total), .perStudent: spending.perStudent.map(words) ?? "—", .flagged: spending.needsSupport]
        }
        // What is bought once for several schools is in their amounts, shared by enrollment; the
        // district-wide row is what is left.
        let shared = budget.schools.reduce(Money.zero) { $0 + $1.shared }
        let districtWide = budget.total { $0.school == nil } - shared
        let sharedNote = "A school's amount includes its share, by enrollment, of what is bought once for several schools (\(words(shared)) in all), such as devices for two schools' classrooms."
        let support: [Fields] = budget.support.map { s in
            [.school: s.school.map(people.schoolName) ?? "District-wide", .what: s.what, .days: s.daysWords ?? "no days on site",
             .helpDesk: s.helpDesk ?? "", .hasHelpDesk: s.helpDesk != nil]
        }
        return [
            .hasBudget: !budget.isEmpty,
            .summary: summary(budget),
            .columns: sources.map { [.name: $0.name] as Fields } + [[.name: "No funding"]],
            .years: yearRows, .cells: totalCells, .total: words(budget.total()),
            .sources: sources.map { source(budget, $0, dates: PeopleDates(p)) },
            .categories: budget.byCategory.map { [.name: $0.category.words, .amount: words($0.amount)] as Fields },
            .schools: schools, .hasSchools: !schools.isEmpty,
            .districtWide: words(districtWide), .hasDistrictWide: !districtWide.isZero,
            .sharedNote: sharedNote, .hasSharedNote: !shared.isZero,
            .goals: goals,
            .equity: equity(budget, flagged: p.schools.filter { !$0.needsSupport.isEmpty }.map(\.id), people: people),
            .support: support, .hasSupport: !support.isEmpty,
            .chart: SVGCharts.budget(budget),
        ]
    }

    /// "$627,375 over FY2027–FY2031", the span every budget sentence names.
    static func span(_ budget: PlannedBudget) -> String {
        guard let first = budget.years.first, let last = budget.years.last else { return "" }
        return (first == last ? "in " : "over ") + FiscalYear.span(first, last)
    }

    /// The section's first paragraph: what it all costs, what the first year costs, and what
    /// nothing pays for yet.
    private static func summary(_ budget: PlannedBudget) -> String {
        let words = budget.words
        let all = budget.total()
        var text = "The plan costs \(words(all)) \(span(budget))"
        if let first = budget.byYear.first { text += "; the first year, \(first.year), costs \(words(first.amount))" }
        let unfunded = budget.paid(by: nil)
        if unfunded.isZero {
            text += ". Every cost has funding."
        } else {
            let years = budget.byYear.map(\.year).filter { !budget.paid(by: nil, in: $0).isZero }.map(\.description)
            text += ". \(words(unfunded)) of it has no funding yet (\(years.joined(separator: ", "))): a source ends, or none is named."
        }
        return text
    }

    /// What a source has and what the plan uses of it, in words.
    private static func source(_ budget: PlannedBudget, _ source: PlannedFundingSource, dates: PeopleDates) -> Fields {
        let words = budget.words
        var has: [String] = []
        if let first = source.perYear.first, source.perYear.allSatisfy({ $0.amount == first.amount }) {
            has.append("\(words(first.amount)) a year")
        } else if !source.perYear.isEmpty {
            has.append(source.perYear.map { "\(words($0.amount)) in \($0.year)" }.joined(separator: ", "))
        }
        if let total = source.total { has.append("\(words(total)) in all") }
        if let perStudent = source.perStudent {
            // The district's pooled budget, as USAC counts it, and what it comes to here.
            let floor = source.floor.flatMap { $0.isZero ? nil : $0 }
            var rule = "\(words(perStudent)) per student" + (floor.map { ", at least \(words($0)) a school" } ?? "")
            if source.addsSchoolBudgets { rule += ", each school's own budget added up" }
            if let pooled = source.perStudentBudget {
                let schools = source.schoolsCounted == 1 ? "1 school" : "\(source.schoolsCounted) schools"
                rule += ": \(words(pooled)) for the district's \(DiagnosticCollector.grouped(source.studentsCounted)) students at \(schools)"
                    + (source.discount == nil ? "" : " before the discount")
            }
            has.append(rule)
        }
        if !source.purposes.isEmpty {
            // "kept by purpose: Effective use of technology 58% (devices, infrastructure and software at most 15% of it), …"
            has.append("kept by purpose: " + source.purposes.map { purpose in
                "\(purpose.name) \(purpose.share)" + (purpose.caps.isEmpty ? "" : " (" + purpose.caps.map { "\($0.categories.map(\.words).joinedAsList()) at most \($0.share) of it" }.joined(separator: "; ") + ")")
            }.joined(separator: ", "))
        }
        if let discount = source.discount {
            has.append("pays \(discount) of each cost" + (source.restPaidBy.map { ", the rest paid by \(budget.source($0)?.name ?? $0)" } ?? ""))
        }
        if let from = source.from, let to = source.to { has.append((from == to ? "in " : "") + FiscalYear.span(from, to)) }
        if let ends = source.ends { has.append("spent by \(dates.day(ends))") }
        return [.name: source.name, .detail: has.joined(separator: ", "), .amount: words(budget.paid(by: source.id))]
    }

    /// Pitfall 1 in numbers: the schools that would otherwise struggle should get at least the
    /// district's median per student. Each flagged school's spending, and how far from the median
    /// of what could reach it (the district median, or one that leaves out work for grades it
    /// does not teach, named); a flagged school with no students counted is named, not left out quietly.
    private static func equity(_ budget: PlannedBudget, flagged ids: [String], people: PlannedPeople) -> String {
        let words = budget.words
        guard let median = budget.medianPerStudent else {
            return "No school has its students counted, so spending per student cannot be compared."
        }
        guard !ids.isEmpty else { return "No school is flagged for extra support; the median per student is \(words(median))." }
        let counted = budget.equity
        let uncounted = ids.filter { id in !counted.contains { $0.school == id } }.map(people.schoolName)
        let each = counted.map { school -> String in
            let gap = school.perStudent - school.median
            let which = school.leftOut.isEmpty ? "the median" : "the median of \(words(school.median)) for what could reach \(gradeWords(school.grades)) (\(leftOutWords(school, budget)))"
            let against = gap.isZero ? "the same as \(which)"
                : gap.isNegative ? "\(words(school.median - school.perStudent)) less than \(which)" : "\(words(gap)) more than \(which)"
            return "\(people.schoolName(school.school)) gets \(words(school.perStudent)) per student, \(against)"
        }
        var text = "Schools that would otherwise struggle to support the technology should get infrastructure and in-person support first. "
            + "Against the district median of \(words(median)) per student: "
        text += each.isEmpty ? "no flagged school can be compared." : "\(each.joined(separator: "; "))."
        if counted.contains(where: { $0.perStudent < $0.median }) { text += " A flagged school below the median is short of what it needs." }
        if !uncounted.isEmpty { text += " No students are counted at \(uncounted.joined(separator: ", ")), so spending there per student is not known." }
        return text
    }

    /// "grades 9–12", "grade K".
    private static func gradeWords(_ grades: GradeSet?) -> String { Scope(grades: grades).words(schoolName: { $0 }) }

    /// "work for other grades left out: Student Chromebooks, for grades 3–5", at most three named.
    private static func leftOutWords(_ comparison: EquityComparison, _ budget: PlannedBudget) -> String {
        let named = comparison.leftOut.prefix(3).map { "\(budget.costs[$0].item), for \(gradeWords(budget.costs[$0].grades))" }
        let more = comparison.leftOut.count - named.count
        return "left out: " + (named + (more > 0 ? ["\(more) more"] : [])).joined(separator: "; ")
    }

    /// A handout's line of what is coming to the school: what is bought or paid for there, what
    /// it shares with the other schools of the same work (devices bought once for two schools),
    /// and its support. Its amount is the district plan's table's for the school: its own lines,
    /// and, labelled, its share by enrollment of what is shared, with the two added up; costs for
    /// the whole district are not named. Nil when the school has none of these.
    static func comingToSchool(_ school: PlannedSchool, budget: PlannedBudget, schools: [PlannedSchool]) -> String? {
        comingToSchool(school, budget: budget, bySchool: SchoolBudgets(budget, schools: schools))
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

    static func comingToSchool(_ school: PlannedSchool, budget: PlannedBudget, bySchool: SchoolBudgets) -> String? {
        let lines = bySchool.lines[school.id] ?? []
        let support = bySchool.support[school.id] ?? []
        let shared = bySchool.shared[school.id] ?? []
        let everySchool = bySchool.districtSupport
        guard !lines.isEmpty || !support.isEmpty || !shared.isEmpty || !everySchool.isEmpty else { return nil }
        var costs: [Int] = []
        for line in lines where !costs.contains(line.cost) { costs.append(line.cost) }
        // Support first: in-person help is what a staff meeting asks about.
        var things: [String] = support.map { s in s.daysWords.map { "\(s.what) \($0)" } ?? s.what }
        for index in costs {
            let cost = budget.costs[index]
            let thing: String
            switch cost.origin {
            // Support is said with its days, above; the planner's own costs in words.
            case .support: continue
            case .training: thing = cost.category == .stipends ? "training stipends" : "training costs"
            case .champions: thing = "champion stipends"
            case .plan:
                // Devices and seats the plan counts; a count from scope (staff, students) says little here.
                if let unit = cost.unit, !unit.isCountedFromScope, let units = lines.first(where: { $0.cost == index })?.units {
                    thing = "\(Self.brief(cost.item)) (\(unit.words(units)))"
                } else {
                    thing = Self.brief(cost.item)
                }
            }
            if !things.contains(thing) { things.append(thing) }
        }
        // The line must leave the handout on its page: a few things, each named briefly; the
        // district plan's budget lists them all.
        if things.count > Self.comingShown { things = things.prefix(Self.comingShown - 1) + ["\(things.count - Self.comingShown + 1) more in the district plan's budget"] }
        // Shared costs after the school's own amount, grouped by whom they are shared with.
        var sharedWith: [(with: String, things: [String])] = []
        for index in shared {
            let cost = budget.costs[index]
            let others = cost.schools.filter { $0 != school.id }.map { bySchool.names[$0] ?? $0 }
            let with = others.count <= 2 ? others.joinedAsList() : "\(others.count) other schools"
            let thing = Self.brief(cost.item) + (cost.unit.flatMap { unit in cost.units.map { " (\(unit.words($0)))" } } ?? "")
            if let at = sharedWith.firstIndex(where: { $0.with == with }) { sharedWith[at].things.append(thing) } else { sharedWith.append((with, [thing])) }
        }
        // "Campus technician, 1 day a week, shared by every school": paid once, for the district.
        var sharing = everySchool.map { s in ([s.what] + (s.daysWords.map { [$0] } ?? []) + ["shared by every school"]).joined(separator: ", ") }
        sharing += sharedWith.prefix(2).map { "shared with \($0.with): \($0.things.prefix(3).joined(separator: ", "))" + ($0.things.count > 3 ? " and \($0.things.count - 3) more" : "") }
        let amount = bySchool.totals[school.id] ?? .zero
        // Its share of what is shared, as the district plan's table by school counts it (none
        // for a school without an enrollment: shares go by students).
        let share = bySchool.spending[school.id]?.shared ?? .zero
        let span = span(budget)
        if share.isZero {
            let own = things.isEmpty ? [] : [things.joined(separator: ", ") + (amount.isZero ? "" : " — \(budget.words(amount)) \(span)")]
            // "Coming to our school, shared with 3 other schools: Laptops" when it has nothing of
            // its own; "Coming to our school: Campus technician, …, shared by every school" first.
            return "Coming to our school" + (own.isEmpty && everySchool.isEmpty ? ", " : ": ") + (own + sharing).joined(separator: "; ") + "."
        }
        // Both amounts labelled, then the one total the district plan's table shows.
        let own = things.isEmpty ? [] : [things.joined(separator: ", ") + (amount.isZero ? "" : ", \(budget.words(amount))")]
        if sharing.isEmpty { sharing = ["our share by enrollment of what is shared, \(budget.words(share))"] }
        else { sharing[sharing.count - 1] += ", our share by enrollment \(budget.words(share))" }
        let total = amount.isZero ? "\(budget.words(share)) \(span)" : "\(budget.words(amount + share)) in all \(span)"
        return "Coming to our school" + (own.isEmpty && everySchool.isEmpty ? ", " : ": ") + (own + sharing).joined(separator: "; ") + " — \(total)."
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
            for index in districtWide.sorted() where budget.costs[index].origin == .plan {
                for school in budget.costs[index].schools { shared[school, default: []].append(index) }
            }
            self.shared = shared
            spending = Dictionary(budget.schools.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
            names = Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
