import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// The district's tools in the build's outputs (issue 23, item 5): the district plan's Ecosystem
/// section (the inventory by purpose, the connection matrix, use over time, the findings), a
/// school handout's tools, the line under a go/no-go gate before a tool that is not ready, and
/// tools.csv. Absent without tools; a hostile tool name stays text in every format.
struct EcosystemOutputTests {
    static func outputs(_ plan: ImprovementPlan) throws -> [String: String] {
        try BudgetOutputTests.outputs(plan)
    }

    // MARK: The district plan

    @Test func theDistrictPlanListsTheToolsByPurposeWithTheirUseInWords() throws {
        let files = try Self.outputs(try EcosystemFixture.plan())
        let md = try #require(files["plan.md"])
        #expect(md.contains("\n## Ecosystem\n\nIntegration over addition. A tool earns its place when it connects"))
        #expect(md.contains("\nThe inventory lists 3 tools. 1 has both single sign-on and class lists from the SIS. Of the tools whose licenses are counted, the median has 48% of them in use. 1 tool seen only in the app report is not vetted.\n"))
        #expect(md.contains("\n### Tools for learning management (LMS)\n"))
        #expect(md.contains("\n| Canvas, every school | 500 | 240 of 500 licenses in use (48%) on Mon, Mar 1, up from 30% on Thu, Oct 1 **below 50%** | SSO: yes, OneRoster: yes, LTI: no, Grade passback: planned | signed, until Wed, Mar 31 | $12,000 a year, renews Mon, Mar 1; keep, decided by Fri, Apr 16 | Bo Diaz |\n"))
        #expect(md.contains("\n### Tools for communication\n"))
        #expect(md.contains("\n| Seesaw, at North Elementary | — | 75 active users on Mon, Mar 1 | SSO: no, OneRoster: planned, LTI: no, Grade passback: no | pending |  | no owner yet |\n"))
        // Tools with no purpose written come last, under their own heading.
        #expect(md.contains("\n### Tools with no purpose written\n"))
        let order = ["### Tools for learning management (LMS)", "### Tools for communication", "### Tools with no purpose written", "### What to look at"]
        #expect(order.compactMap { md.range(of: $0)?.lowerBound } == order.compactMap { md.range(of: $0)?.lowerBound }.sorted())
        #expect(md.contains("\n- **Licenses going unused**: only 48% of Canvas's licenses were in use on Mon, Mar 1, below 50%: find out why before paying for more, then train, cut licenses or retire it (test.yaml:44)\n"))
    }

    @Test func theHTMLDrawsAMatrixAndASparklinePerTool() throws {
        let files = try Self.outputs(try EcosystemFixture.plan())
        let html = try #require(files["plan.html"])
        #expect(html.contains("<h2>Ecosystem</h2>"))
        #expect(html.contains("<h3>Tools for learning management (LMS)</h3>"))
        // The matrix: titled and described, a row a tool, a legend of the three marks.
        #expect(html.contains("<title id=\"tools-matrix-1-title\">Tools for learning management (LMS): which connect, by which standard</title>"))
        #expect(html.contains("<desc id=\"tools-matrix-1-desc\">Canvas — SSO: yes, OneRoster: yes, LTI: no, Grade passback: planned.</desc>"))
        #expect(html.contains("<tspan x=\"447.5\" dy=\"0\">Grade</tspan><tspan x=\"447.5\" dy=\"12\">passback</tspan>"))
        #expect(html.contains("class=\"legend\">planned</text>"))
        // Canvas's use: a sparkline with its threshold, and a tag for use below it.
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart sparkline tool-use\" viewBox=\"0 0 120 22\" role=\"img\" aria-label=\"Canvas: 240 of 500 licenses in use (48%) on Mon, Mar 1; the dashed line marks 50% of licenses in use\">"))
        #expect(html.contains("<span class=\"state behind\">below 50%</span>"))
        // Seesaw has no licences written: a count, no sparkline.
        #expect(html.contains("<td class=\"num\">—</td><td>75 active users on Mon, Mar 1</td>"))
        #expect(html.contains("<li><strong>Not vetted</strong>: "))
        #expect(html.contains("<span class=\"muted\">(apps.csv:7)</span></li>"))
    }

    @Test func aPlanWithoutToolsHasNoEcosystemSection() throws {
        let plan = try #require(PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: m1, title: Start, days: 5 }"))).improvementPlan)
        #expect(plan.ecosystem == nil)
        let files = try Self.outputs(plan)
        #expect(files["plan.md"]?.contains("Ecosystem") == false)
        #expect(files["plan.html"]?.contains("Ecosystem") == false && files["plan.html"]?.contains("tools-matrix") == false)
        #expect(files["schools/north.md"]?.contains("Tools at this school") == false)
        #expect(files["schools/north.html"]?.contains("Tools at this school") == false)
        #expect(files["tools.csv"] == CSVExportTests.headers["tools.csv"]! + "\r\n")
    }

    // MARK: School handouts

    @Test func aHandoutNamesTheToolsThatReachItsSchoolWithHowToSignIn() throws {
        let plan = try EcosystemFixture.plan()
        let files = try Self.outputs(plan)
        // North has Canvas (everywhere) and Seesaw; the unvetted tool is not the district's to recommend.
        // Under whom to ask: who looks after a tool is whom to ask about it.
        let line = "- **Tools at this school** (how to sign in · who looks after it): Seesaw (own login); Canvas (single sign-on · Bo Diaz)\n"
        #expect(files["schools/north.md"]?.contains("\n" + line) == true)
        #expect(files["schools/north.html"]?.contains(". <strong>Tools at this school</strong> <span class=\"muted\">(how to sign in · who looks after it)</span>: Seesaw <span class=\"muted\">(own login)</span>; Canvas <span class=\"muted\">(single sign-on · Bo Diaz)</span>.</p>") == true)
        #expect(files["schools/south.md"]?.contains("Tools at this school** (how to sign in · who looks after it): Canvas (single sign-on · Bo Diaz)\n") == true)
        #expect(files["schools/north.md"]?.contains("Evil") == false)
    }

    @Test func theSchoolIndexIsBuiltOnceAndCapsTheHandoutsList() throws {
        var plan = try EcosystemFixture.plan()
        var tools = plan.ecosystem!.tools
        for n in 1...10 {
            var tool = PlannedTool(id: "t\(n)", name: "Tool \(n)", location: SourceLocation(file: "t.yaml", line: n, column: 1))
            tool.schools = ["south"]
            tools.append(tool)
        }
        plan.ecosystem!.tools = tools
        let bySchool = HandoutViews.toolsBySchool(plan)
        // Own logins first: what a teacher most needs telling.
        #expect(bySchool["north"]?.map(\.id) == ["seesaw", "canvas"])
        #expect(bySchool["south"]?.map(\.id) == (1...10).map { "t\($0)" } + ["canvas"])
        let fields = HandoutViews.schoolTools(bySchool["south"]!, .english)
        #expect((fields[.tools] as? [HandoutViews.Fields])?.count == HandoutViews.handoutTools)
        #expect(fields[.moreToolsWords] as? String == "and 7 more")
    }

    // MARK: The gate

    @Test func aGateBeforeARolloutOfAToolNotReadySaysWhatMustBeTrue() throws {
        let files = try Self.outputs(try EcosystemFixture.plan())
        let must = "Go only when Canvas signs in with single sign-on and gets its class lists from the SIS and Canvas's data privacy agreement is signed."
        #expect(files["plan.md"]?.contains("| Go or no-go for Canvas; \(must) |") == true)
        #expect(files["plan.html"]?.contains("<br><span class=\"warning\">\(must.replacingOccurrences(of: "'", with: "&#39;"))</span>") == true)
        #expect(files["board.md"]?.contains(must) == true)
        // The rollout itself has no such line.
        #expect(files["plan.md"]?.contains("| Canvas goes live; Go only") == false)
    }

    // MARK: tools.csv

    @Test func toolsCSVHasARowPerToolWithPlainValues() throws {
        let csv = try #require(Self.outputs(try EcosystemFixture.plan())["tools.csv"])
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == CSVExportTests.headers["tools.csv"])
        #expect(rows[1] == "canvas,Canvas,lms,,,500,240,48.00,2027-03-01,yes,yes,no,planned,signed,2027-03-31,12000.00,general-fund,2027-03-01,Bo Diaz,keep,2027-04-16,yes,https://canvas.example")
        #expect(rows[2] == "seesaw,Seesaw,communication,north,,,75,,2027-03-01,no,planned,no,no,pending,,,,,,,,yes,")
        // The hostile name: quoted for its quotes, and a cell starting with "<" is not a formula.
        #expect(rows[3] == "evil,\"<b>Evil</b> | =cmd & \"\"x\"\" *y*\",,north,,,,,,no,no,no,no,,,,,,,,,no,")
        #expect(rows.count == 5)
    }

    // MARK: Escaping

    @Test func aHostileToolNameStaysTextInEveryFormat() throws {
        let files = try Self.outputs(try EcosystemFixture.plan())
        let html = try #require(files["plan.html"])
        #expect(!html.contains("<b>Evil</b>"))
        #expect(html.contains("&lt;b&gt;Evil&lt;/b&gt; | =cmd &amp; &quot;x&quot; *y*"))
        // In the matrix's row label (cut to fit) and its marks' titles, escaped for XML.
        #expect(html.contains("<title>&lt;b&gt;Evil&lt;/b&gt; | =cmd &amp; &quot;x&quot; *y* — SSO: no.</title>"))
        let md = try #require(files["plan.md"])
        #expect(!md.contains("<b>Evil</b>"))
        // Its pipe must not open a new table cell, nor its stars make emphasis.
        #expect(md.contains("\n| \\<b\\>Evil\\</b\\> \\| =cmd \\& \"x\" \\*y\\* (not vetted), at North Elementary | — | not counted yet |"))
    }

    // MARK: Spanish

    @Test func theSectionAndTheHandoutLineReadInSpanish() throws {
        let pages = try SpanishAgreementTests.pages(try EcosystemFixture.plan())
        let md = try #require(pages["plan.md"])
        #expect(md.contains("\n## Ecosistema\n\nIntegrar antes que sumar."))
        #expect(md.contains("\n### Herramientas para la gestión del aprendizaje (LMS)\n"))
        #expect(md.contains("240 de 500 licencias en uso (48%) el lun 1 mar; subió desde el 30% del jue 1 oct **por debajo del 50%**"))
        #expect(md.contains("| firmado, vigente hasta el mié 31 mar | $12,000 al año, se renueva el lun 1 mar; conservar; se decide a más tardar el vie 16 abr | Bo Diaz |"))
        #expect(md.contains("SSO: sí, OneRoster: sí, LTI: no, Envío de calificaciones: previsto"))
        #expect(md.contains("Adelante solo cuando se entra a Canvas con inicio de sesión único y sus listas de clase vienen del SIS y el acuerdo de privacidad de datos de Canvas está firmado."))
        #expect(pages["schools/north.md"]?.contains("**Herramientas en esta escuela** (cómo iniciar sesión · quién la administra): Seesaw (usuario y contraseña propios); Canvas (inicio de sesión único · Bo Diaz)\n") == true)
        let html = try #require(pages["plan.html"])
        #expect(html.contains("<tspan x=\"447.5\" dy=\"0\">Envío de</tspan><tspan x=\"447.5\" dy=\"12\">calificaciones</tspan>"))
        #expect(html.contains("class=\"legend\">previsto</text>"))
    }

    @Test func toolWordsAgreeWithTheirCountsInBothLanguages() throws {
        let es = SpanishAgreementTests.spanish
        #expect(Wording.english.count(.toolsSummary, 1) == "The inventory lists 1 tool.")
        #expect(es.count(.toolsSummary, 1) == "El inventario incluye 1 herramienta.")
        #expect(es.count(.toolsSummaryUnvetted, 2) == "2 herramientas que solo aparecen en el informe de aplicaciones no están revisadas.")
        #expect(Wording.english.count(.toolsMoreInCSV, 4) == "4 more tools for this purpose are listed in tools.csv.")
        var tool = PlannedTool(id: "x", name: "X", location: SourceLocation(file: "t.yaml", line: 1, column: 1))
        tool.licences = 1
        tool.activeUsers = [.init(date: EcosystemFixture.date("2026-10-01"), value: 1)]
        tool.utilization = [UtilizationPoint(date: EcosystemFixture.date("2026-10-01"), share: .all)]
        let dates = PeopleDates(year: EcosystemFixture.date("2026-08-24")...EcosystemFixture.date("2027-06-11"))
        #expect(ToolWords.latestUse(tool, dates: dates, .english) == "1 of 1 license in use (100%) on Thu, Oct 1")
        #expect(ToolWords.latestUse(tool, dates: dates, es) == "1 de 1 licencia en uso (100%) el jue 1 oct")
    }
}
