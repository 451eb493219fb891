import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// Issue 22, item 4: the board's one district page — vision, this year's priorities and why,
/// progress, the budget in a few lines, the decisions waiting — on two printed pages at most at
/// any size, in plain words, naming no staff but the owners of decisions.
struct BoardPageTests {
    static func board(_ plan: ImprovementPlan) throws -> (md: String, html: String, files: [String: String]) {
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        return (try #require(files["board.md"]), try #require(files["board.html"]), files)
    }

    /// The lines of a Markdown section, from its heading to the next.
    static func section(_ md: String, _ heading: String) -> [String] {
        guard let start = md.range(of: "\n## \(heading)\n") else { return [] }
        let rest = md[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return rest[..<end].split(separator: "\n").map(String.init)
    }

    @Test func theExampleGivesItsTopPrioritiesEachWithOneLineOfWhy() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let md = try Self.board(plan).md
        let priorities = Self.section(md, "This year's priorities, and why").filter { $0.hasPrefix("1. **") }
        #expect(priorities.count == HandoutViews.boardPriorities)
        #expect(priorities.first == "1. **Infrastructure and in-person support, especially at struggling sites**: Emerging now, aiming for Established; "
            + "rated lower at Eastside Middle School and Riverside Elementary, which need extra support; the team's ratings differ, so it is discussed first. "
            + "Goal: “Riverside and Eastside get the connectivity, devices and support every other school has”.")
        let thisYear = plan.priorities.filter { $0.cycle != nil }.count
        #expect(md.contains("And \(thisYear - HandoutViews.boardPriorities) more this year, in the district plan."))
    }

    @Test func lateWorkSaysHowFarBehindAndMeasuresTheirTrendWorstFirst() throws {
        let md = try Self.board(try GoldenOutputTests.examplePlan()).md
        let progress = Self.section(md, "Progress")
        #expect(progress.first == "3 of 35 milestones done, 31 on track, 1 late, 0 at risk.")
        #expect(progress.contains("- **late** Replace end-of-life Chromebooks and add a charging cart per grade level: 12 school days behind; now expected to end Fri, Oct 2."))
        let trends = progress.filter { $0.hasPrefix("- **") && !$0.hasPrefix("- **late**") }.map { $0.split(separator: "**")[1] }
        #expect(trends == ["behind", "behind", "behind", "no data yet", "on pace", "on pace"])
        #expect(progress.contains("- **behind** Kept apps rostered from the SIS through OneRoster: 6 apps on Wed, Sep 30; target 16 apps by Fri, May 28."))
    }

    /// The amounts a board member reads are the business office's: each year's and each
    /// source's, read from the page, are `budget.csv`'s lines added up.
    @Test func theBudgetLinesAddUpToTheBudgetSpreadsheet() throws {
        let (md, html, files) = try Self.board(try GoldenOutputTests.examplePlan())
        let csv = CSVTable(SourceText(path: "budget.csv", bytes: Array(try #require(files["budget.csv"]).utf8)))
        let header = try #require(csv.records.first).fields.map(\.text)
        let year = try #require(header.firstIndex(of: "fiscal_year")), sourceName = try #require(header.firstIndex(of: "source_name"))
        let covered = try #require(header.firstIndex(of: "covered")), amount = try #require(header.firstIndex(of: "amount"))
        var byYear: [String: Money] = [:], bySource: [String: Money] = [:], total = Money.zero
        for record in csv.records.dropFirst() {
            let cells = record.fields.map(\.text)
            let money = try #require(BudgetTablesAddUpTests.amount("$" + cells[amount]))
            total = total + money
            byYear[cells[year], default: .zero] = byYear[cells[year], default: .zero] + money
            let payer = cells[covered] == "yes" ? cells[sourceName] : "no funding yet"
            bySource[payer, default: .zero] = bySource[payer, default: .zero] + money
        }
        let budget = Self.section(md, "Budget")
        func parts(_ label: String) throws -> [(name: String, amount: Money)] {
            let line = try #require(budget.first { $0.hasPrefix("- **\(label):** ") })
            return try line.dropFirst("- **\(label):** ".count).components(separatedBy: " · ").map { part in
                let money = try #require(BudgetTablesAddUpTests.amounts(in: part).last)
                return (String(part[..<part.range(of: " $", options: .backwards)!.lowerBound]), money)
            }
        }
        let inAll = try #require(budget.first { $0.hasPrefix("- **In all:** ") })
        #expect(BudgetTablesAddUpTests.amounts(in: inAll).first == total)
        let years = try parts("By year")
        #expect(Dictionary(uniqueKeysWithValues: years.map { ($0.name, $0.amount) }) == byYear)
        let sources = try parts("By source")
        // Past the sources the board names, the rest are one part ("2 other sources"): their sum.
        let named = Dictionary(uniqueKeysWithValues: sources.filter { bySource[$0.name] != nil }.map { ($0.name, $0.amount) })
        #expect(named == bySource.filter { named[$0.key] != nil })
        let others = bySource.filter { named[$0.key] == nil }, rest = sources.filter { bySource[$0.name] == nil }
        #expect(rest.count == (others.isEmpty ? 0 : 1) && rest.first?.name.hasPrefix("\(others.count) other source") != false)
        #expect(rest.first?.amount == (others.isEmpty ? nil : others.values.reduce(Money.zero, +)))
        #expect(sources.reduce(Money.zero) { $0 + $1.amount } == total)
        #expect(budget.contains("- **Funding ends:** No funding from FY2029 for Canvas licences ($19,201.50 a year): State digital-learning grant stops paying."))
        #expect(html.contains("<li><strong>In all:</strong> $1,469,885 over FY2027–FY2031; $57,604.50 of it has no funding yet.</li>"))
    }

    @Test func decisionsAreTheGatesToComeAndTheMoneyMissingEachWithItsDate() throws {
        let md = try Self.board(try GoldenOutputTests.examplePlan()).md
        #expect(Self.section(md, "Decisions needed").filter { $0.hasPrefix("- ") } == [
            "- **Wed, Oct 14 – Fri, Oct 16:** “Go/no-go: grade sync and pilot results” decides whether “All classrooms post weekly assignments and feedback in Canvas” goes ahead (planned from Tue, Jan 12). (decided by Dana Ortiz, Director of Digital Learning)",
            "- **Mon, Dec 14 – Tue, Dec 15:** “Go/no-go: screen management works on every secondary Chromebook cart” decides whether “Classroom screen management goes live” goes ahead (planned from Tue, Feb 16). Go only when GoGuardian Teacher signs in with single sign-on and gets its class lists from the SIS and GoGuardian Teacher's data privacy agreement is signed. (decided by Marcus Webb, Director of Information Technology)",
            "- **Sat, Jul 1, 2028:** Before FY2029 starts: find $19,201.50 a year for Canvas licences when State digital-learning grant stops paying, or plan to stop.",
        ])
    }

    /// A gate already decided is no decision; one still to come names the rollout it opens,
    /// through the training between them.
    @Test func aGateAlreadyDecidedIsLeftOut() throws {
        let md = try Self.board(try GeneratedDistrict.plan(asOf: GeneratedDistrict.asOfDates[2])).md
        let decisions = Self.section(md, "Decisions needed")
        #expect(!decisions.contains { $0.contains("Go/no-go: grade sync and pilot results") })
        #expect(decisions.contains { $0.contains("“Go/no-go: screen management on every secondary cart” decides whether “Screen management goes live” goes ahead") })
    }

    @Test func noStaffAreNamedButTheOwnersOfDecisions() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let md = try Self.board(plan).md
        let owners = Set(plan.milestones.filter { $0.kind == .gate && $0.status != .done }.compactMap(\.owner))
        let others = Set(plan.staff.map(\.name) + plan.milestones.compactMap(\.owner) + plan.schools.compactMap(\.principal)).subtracting(owners)
        #expect(!others.isEmpty && owners == ["Dana Ortiz", "Marcus Webb"])
        for name in others { #expect(!md.contains(name), "the board page names \(name)") }
    }

    /// At a state's size every list stops at its cap and says how many more the district plan
    /// holds; the sources left out are summed, so the line still adds up to the total.
    @Test func everyListIsCappedAtAStatesSize() throws {
        let plan = try StateSizedBoardPlan.plan()
        let md = try Self.board(plan).md
        let attention = plan.progress.milestones.filter { $0.state == .late || $0.state == .atRisk || $0.spill != nil }.count
        let progress = Self.section(md, "Progress")
        #expect(progress.filter { $0.hasPrefix("- **late**") || $0.hasPrefix("- **at risk**") || $0.hasPrefix("- **past the school year**") }.count == HandoutViews.boardAttention)
        #expect(progress.contains("And \(attention - HandoutViews.boardAttention) more in the district plan."))
        #expect(progress.contains("And \(StateSizedBoardPlan.goals - HandoutViews.boardMeasures) more measures in the district plan."))
        #expect(Self.section(md, "This year's priorities, and why").filter { $0.hasPrefix("1. ") }.count == HandoutViews.boardPriorities)

        let budget = Self.section(md, "Budget").filter { $0.hasPrefix("- ") }
        #expect((3...6).contains(budget.count), "\(budget)")
        let sources = try #require(budget.first { $0.hasPrefix("- **By source:** ") })
        #expect(sources.contains("· 7 other sources $"))
        #expect(BudgetTablesAddUpTests.amounts(in: sources).reduce(Money.zero, +) == plan.budget.total())
        #expect(budget.contains { $0.hasPrefix("- **Funding ends:** And ") })

        let decisions = Self.section(md, "Decisions needed")
        let all = BoardDecision.all(in: plan).count
        #expect(decisions.filter { $0.hasPrefix("- **") }.count == HandoutViews.boardDecisions)
        // Over-committed in the year under way: needed now, not "by" a day gone by.
        #expect(decisions.first { $0.hasPrefix("- **") }?.hasPrefix("- **Needed since Wed, Jul 1, 2026:** State and federal source number 0") == true)
        #expect(decisions.contains("And \(all - HandoutViews.boardDecisions) more decisions: the district plan lists the go/no-go dates, and its warnings the money."))
    }

    /// The money decisions are the budget checks' own shortfalls: each one found is warned of
    /// (at a size where no warning is summed up in "and N more").
    @Test func theMoneyDecisionsAreTheShortfallsTheChecksWarnOf() throws {
        let plan = try StateSizedBoardPlan.plan(goals: 21)
        let warnings = plan.diagnostics.filter { $0.severity == .warning }.map(\.message)
        let budget = plan.budget
        #expect(!budget.fundingCliffs.isEmpty && !budget.overCommitments.isEmpty && !budget.unfundedCosts.isEmpty)
        #expect(warnings.filter { $0.contains("find the money before") }.count == budget.fundingCliffs.count)
        #expect(warnings.filter { $0.contains("is over-committed") }.count == Set(budget.overCommitments.map(\.source)).count)
        #expect(warnings.filter { $0.hasSuffix("has no funding: say which source pays with 'funding'") }.count == budget.unfundedCosts.count)
    }

    /// The page's words are the strings files' `board_*` texts: in Spanish with es.po, counts
    /// agreeing by its rule, nothing left in English but the plan's own text.
    @Test func thePageSpeaksTheStringsFilesLanguage() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let spanish = try #require(Wording.load(language: "es").value)
        let set = try #require(TemplateSet.load().templates)
        let md = set.render("board.md", HandoutViews.board(plan, wording: spanish), about: Message("template_view_board_page"), wording: spanish).text
        #expect(md.contains("## Las prioridades de este año, y por qué"))
        #expect(md.contains("Y 9 más este año, en el plan del distrito."))
        #expect(md.contains("Hitos terminados: 3 de 35; 31 a tiempo, 1 atrasado, 0 en riesgo."))
        #expect(md.contains("- **con retraso** Replace end-of-life Chromebooks and add a charging cart per grade level: 12 días escolares de atraso"))
        #expect(md.contains("- **En total:** $1,469,885 ") && md.contains("; $57,604.50 aún no tiene fondos."))
        #expect(!md.contains("This year's priorities") && !md.contains("Decisions needed") && !md.contains("school days behind"))
    }

    /// Two Letter pages at most: the example's, the generated district's at four dates, and a
    /// state's top level.
    @Test(.enabled(if: PrintedHandoutTests.chromium != nil, "Chromium is not installed"))
    func theBoardPagePrintsOnTwoPagesAtMost() throws {
        let printer = try ChromiumPrinter(chromium: PrintedHandoutTests.chromium!)
        defer { printer.remove() }
        var pages: [String] = []
        pages += try printer.write(BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files.filter { $0.path == "board.html" }, into: "example")
        for date in GeneratedDistrict.asOfDates {
            pages += try printer.write(BuildOutputTests.render(try GeneratedDistrict.plan(asOf: date)).files.filter { $0.path == "board.html" }, into: date)
        }
        pages += try printer.write(BuildOutputTests.render(try StateSizedBoardPlan.plan()).files.filter { $0.path == "board.html" }, into: "state")
        #expect(pages.count == 6)
        for (page, count) in try printer.pagesEach(pages) {
            #expect(count <= 2, "\(page) prints on \(count) pages")
        }
    }
}
