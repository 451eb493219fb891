import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The budget in the build's outputs: the district plan's Budget section, each handout's line
/// of what is coming to the school, and `budget.csv` for the business office.
struct BudgetOutputTests {
    static func outputs(_ plan: ImprovementPlan) throws -> [String: String] {
        Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    /// The hostile plan with money in it: a source and a cost whose names try to break out of
    /// Markdown, HTML and a spreadsheet cell.
    static var hostileBudgetYAML: String {
        HostileTextPlan.yaml
            .replacingPresent("{ id: m2, title: \"1. # > - + heading\", days: 3, after: m1 }",
                                  with: "{ id: m2, title: \"1. # > - + heading\", days: 3, after: m1, costs: [{ item: \"=HYPERLINK(\\\"x\\\") | <img src=x onerror=alert(7)> *big*\\nnext\", category: devices, amount: 1200, funding: src }] }")
            + "\nfunding: [{ id: src, name: \"@Fund | <b>z</b>\", amount: 5000 }]\nsupport: [{ what: \"Tech <i>desk</i> | x\", schools: [north], days_per_week: 1 }]\n"
    }

    @Test func budgetCSVListsEveryLineWithPlainAmounts() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let csv = try #require(Self.outputs(plan)["budget.csv"])
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.first == "fiscal_year,date,item,category,kind,school,school_name,goal,milestone,source,source_name,covered,units,unit_amount,amount")
        #expect(rows.count == plan.budget.lines.count + 2, "a header, a row a line, and the last CRLF")
        // E-Rate pays its 70% discount of the access points; the general fund pays the rest.
        #expect(rows.contains("FY2027,2026-10-19,Wireless access points and switches,infrastructure,purchase,riverside,Riverside Elementary,equity-infra,riv-wifi,erate-c2,E-Rate Category 2 (internal connections),yes,26,875.00,15925.00"))
        #expect(rows.contains("FY2027,2026-10-19,Wireless access points and switches,infrastructure,purchase,riverside,Riverside Elementary,equity-infra,riv-wifi,general-fund,General fund (technology),yes,26,875.00,6825.00"))
        // The grant ends: Canvas at Riverside is charged to it, and not covered, from FY2029.
        #expect(rows.contains("FY2029,2028-07-01,Canvas licences,software,recurring,riverside,Riverside Elementary,lms-weekly,,digital-grant,State digital-learning grant,no,418,4.50,1881.00"))
        // A district-wide line has no school; a refresh is its own kind.
        #expect(rows.contains("FY2031,2030-09-04,Student Chromebooks,devices,refresh,,,equity-infra,device-refresh,capital-fund,Capital projects fund (devices),yes,180,329.00,23688.00"))
        #expect(rows.contains("FY2027,2026-11-24,Rostering service,software,recurring,,,app-audit,roster-sync,general-fund,General fund (technology),yes,,,2400.00"))
    }

    @Test func theHandoutSaysWhatIsComingToTheSchool() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let riverside = try #require(plan.schools.first { $0.id == "riverside" })
        // The Chromebooks and carts are bought once for Riverside and Eastside, the elementary
        // schools' tools once for the four of them: named, shared, and Riverside's share by
        // enrollment given beside its own amount, then the two added up.
        let line = "Coming to our school: On-site technician 1 day a week, Canvas licences, Wireless access points and switches (26 devices), 1 Gbps circuit, training stipends, champion stipends, $127,360; shared with Eastside Middle School: Student Chromebooks (180 devices), Charging carts (12 devices); shared with 3 other schools: Seesaw, Amplify mCLASS (DIBELS 8), Lexia Core5 Reading, our share by enrollment $127,244.85 — $254,604.85 in all over FY2027–FY2031."
        #expect(HandoutViews.comingToSchool(riverside, budget: plan.budget, schools: plan.schools) == line)
        let files = try Self.outputs(plan)
        #expect(files["schools/riverside.md"]?.contains("\n\(line)\n") == true)
        #expect(files["schools/riverside.html"]?.contains("<p class=\"coming\">\(line)</p>") == true)
        // The line's total is the district plan's table's: its own lines and its share, by
        // enrollment, of what is shared ($54,316.90 of the Chromebooks and carts, the rest of the tools).
        let spending = try #require(plan.budget.schools.first { $0.school == "riverside" })
        #expect(spending.total - spending.shared == Money(dollars: 127_360))
        #expect(spending.shared == Money(cents: 12_724_485))
    }

    @Test func aSchoolWithNothingComingHasNoLine() throws {
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }]",
            goals: PlanFixture.goal("{ id: m1, title: Wifi, days: 5, schools: [north], costs: [{ item: Access points, category: infrastructure, amount: 500, per: device, count: 4, funding: gf }] }"),
            extra: "funding: [{ id: gf, name: General fund, amount: 10000 }]")).improvementPlan)
        let north = try #require(plan.schools.first { $0.id == "north" }), south = try #require(plan.schools.first { $0.id == "south" })
        #expect(HandoutViews.comingToSchool(south, budget: plan.budget, schools: plan.schools) == nil)
        let files = try Self.outputs(plan)
        #expect(files["schools/south.md"]?.contains("Coming to") == false)
        #expect(files["schools/south.html"]?.contains("class=\"coming\"") == false)
        // Work for one school is bought at it: north's line names the access points.
        #expect(HandoutViews.comingToSchool(north, budget: plan.budget, schools: plan.schools) == "Coming to our school: Access points (4 devices) — $2,000 over FY2027–FY2031.")
        #expect(files["schools/north.md"]?.contains("Coming to our school: Access points (4 devices)") == true)
        #expect(files["plan.md"]?.contains("## Budget") == true)
    }

    @Test func aPlanWithoutABudgetHasNoBudgetSection() throws {
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: m1, title: Start, days: 5 }"))).improvementPlan)
        #expect(plan.budget.isEmpty)
        let files = try Self.outputs(plan)
        #expect(files["plan.md"]?.contains("Budget") == false)
        #expect(files["plan.html"]?.contains("<h2>Budget</h2>") == false && files["plan.html"]?.contains("chart budget") == false)
        #expect(files["schools/north.md"]?.contains("Coming to") == false)
        #expect(files["budget.csv"] == "fiscal_year,date,item,category,kind,school,school_name,goal,milestone,source,source_name,covered,units,unit_amount,amount\r\n")
    }

    @Test func theChartHasABarPerYearStackedBySource() throws {
        let budget = try GoldenOutputTests.examplePlan().budget
        let svg = SVGCharts.budget(budget, .english)
        #expect(svg.components(separatedBy: "class=\"label\">FY").count - 1 == 5)
        for year in ["FY2027", "FY2028", "FY2029", "FY2030", "FY2031"] { #expect(svg.contains("class=\"label\">\(year)</text>")) }
        #expect(svg.contains("<desc id=\"budget-desc\">FY2027 $365,297, FY2028 $261,342, FY2029 $261,342, FY2030 $261,342, FY2031 $320,562</desc>"))
        // FY2027: four sources pay, nothing is unfunded; FY2029 the grant has ended, so a part goes unfunded.
        #expect(svg.contains("<title>State digital-learning grant: $19,201.50</title>"))
        #expect(svg.contains("class=\"unfunded\"><title>No funding: $19,201.50</title>"))
        // A legend swatch for each source and for what no source pays.
        #expect(svg.components(separatedBy: "width=\"10\" height=\"10\"").count - 1 == budget.sources.count + 1)
        #expect(SVGCharts.budget(budget, .english) == svg, "the same bytes every time")
    }

    @Test func theBudgetSectionSaysTheTotalsAndTheEquityComparison() throws {
        let plan = try #require(Self.outputs(GoldenOutputTests.examplePlan())["plan.md"])
        #expect(plan.contains("The plan costs $1,469,885 over FY2027–FY2031; the first year, FY2027, costs $365,297. $57,604.50 of it has no funding yet (FY2029, FY2030, FY2031): a source ends, or none is named."))
        #expect(plan.contains("| FY2029 | $5,901.35 of $72,000 | $0 | $56,689.15 of $95,000 | $0 of $50,000 | $59,800 of $65,000 | $119,750 of $125,000 | $0 | $19,201.50 | $261,342 |"))
        #expect(plan.contains("- **E-Rate Category 2 (internal connections)**: $201.57 per student, at least $30,175 a school: $860,099.19 for the district's 4,267 students at 7 schools before the discount, pays 70% of each cost, the rest paid by General fund (technology); the plan uses $15,925"))
        #expect(plan.contains("| Riverside Elementary (flagged for support) | 418 | $254,604.85 | $609.10 |"))
        // The tools the district already pays for are under no goal, and the row says so.
        #expect(plan.contains("| Not under a goal (support, training, champions, the district's tools) | $1,118,805 |"))
        // Riverside (K-5) is compared without the screen-management licences for grades 6-12, which
        // could never reach it; Eastside (6-8) without the K-2 and K-3 tools.
        #expect(plan.contains("Against the district median of $208.77 per student: Riverside Elementary gets $609.10 per student, $400.33 more than the median of $208.77 for what could reach grades K–5 (left out: Classroom screen-management licences, for grades 6–12); Eastside Middle School gets $417.77 per student, $250.24 more than the median of $167.53 for what could reach grades 6–8 (left out: Seesaw, for grades K–2; Amplify mCLASS (DIBELS 8), for grades K–3)."))
    }

    /// Pitfall 1 in words: a flagged school that gets less per student than the median is said to be short.
    @Test func aFlaggedSchoolBelowTheMedianIsSaidToBeShort() throws {
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary, students: 100 }, { id: south, name: South Elementary, needs_support: [bandwidth], students: 100 }, { id: west, name: West Elementary, needs_support: [devices] }]",
            goals: PlanFixture.goal("{ id: m1, title: Wifi, days: 5, costs: [{ item: Licences, category: software, amount: 10, per: student, funding: gf }] }, { id: m2, title: North wifi, days: 5, schools: [north], costs: [{ item: Access points, category: infrastructure, amount: 500, funding: gf }] }"),
            extra: "funding: [{ id: gf, name: General fund, amount: 10000 }]")).improvementPlan)
        let markdown = try #require(Self.outputs(plan)["plan.md"])
        let median = try #require(plan.budget.medianPerStudent)
        let south = try #require(plan.budget.schools.first { $0.school == "south" }?.perStudent)
        #expect(south < median)
        let words = plan.budget.words
        #expect(markdown.contains("Against the district median of \(words(median)) per student: South Elementary gets \(words(south)) per student, \(words(median - south)) less than the median. A flagged school below the median is short of what it needs. No students are counted at West Elementary, so spending there per student is not known."))
    }

    @Test func budgetTextFromThePlanIsEscapedInEveryOutput() throws {
        let result = PlanFixture.run(Self.hostileBudgetYAML, asOf: "2026-10-01")
        let plan = try #require(result.improvementPlan, "\(result.diagnostics.map(\.message))")
        #expect(!plan.budget.isEmpty)
        let files = try Self.outputs(plan)
        let markdown = try #require(files["plan.md"])
        #expect(markdown.contains("## Budget"))
        for table in MarkdownEscapingTests.tables(in: markdown) {
            for row in table.dropFirst() { #expect(MarkdownEscapingTests.cellBars(row) == MarkdownEscapingTests.cellBars(table[0]), "\(row)") }
        }
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(markdown.contains("| Year | @Fund \\| \\<b\\>z\\</b\\> | No funding | Total |"))
        #expect(markdown.contains("| Tech \\<i\\>desk\\</i\\> \\| x | 1 day a week |  |"))
        // The handout names an item briefly (48 characters at most, cut at a word), escaped all the same.
        #expect(files["schools/north.md"]?.contains("=HYPERLINK(\"x\") \\| \\<img src=x onerror=alert(7)\\>… — $1,200 over FY2027–FY2031.") == true)
        let html = try #require(files["plan.html"])
        #expect(!html.contains("<b>z") && !html.contains("<i>desk") && !html.contains("<img src=x onerror=alert(7)"))
        #expect(html.contains("@Fund | &lt;b&gt;z&lt;/b&gt;") && html.contains("Tech &lt;i&gt;desk&lt;/i&gt; | x"))
        let handout = try #require(files["schools/north.html"])
        #expect(handout.contains("Tech &lt;i&gt;desk&lt;/i&gt; | x") && !handout.contains("<i>desk"))
        let csv = try #require(files["budget.csv"])
        // A spreadsheet sees text, never a formula; the line break and quotes stay inside one quoted field.
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\") | <img src=x onerror=alert(7)> *big*\nnext\",devices,"))
        #expect(csv.contains(",src,'@Fund | <b>z</b>,"))
    }

    @Test func workForSeveralSchoolsIsSharedOnEachOnesHandout() throws {
        let schools = "[" + (1...5).map { "{ id: n\($0), name: School \($0) }" }.joined(separator: ", ") + "]"
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(
            schools: schools, staff: "[{ id: p1, name: Ann Lee, school: n1 }]",
            goals: PlanFixture.goal("{ id: m1, title: Laptops, days: 5, schools: [n1, n2, n3, n4], costs: [{ item: Laptops, category: devices, amount: 300, per: device, count: 40, funding: gf }] }"),
            extra: "funding: [{ id: gf, name: General fund, amount: 100000 }]")).improvementPlan)
        let lines = plan.schools.map { HandoutViews.comingToSchool($0, budget: plan.budget, schools: plan.schools) }
        #expect(lines[0] == "Coming to our school, shared with 3 other schools: Laptops (40 devices).")
        #expect(lines[4] == nil, "School 5 is not in the work's scope")
        #expect(plan.budget.costs.first?.schools == ["n1", "n2", "n3", "n4"])
    }

    @Test func theHandoutLineStaysShort() {
        #expect(HandoutViews.brief("Classroom screen-management licences for every secondary student device") == "Classroom screen-management licences for every…")
        #expect(HandoutViews.brief("Canvas licences") == "Canvas licences")
    }
}
