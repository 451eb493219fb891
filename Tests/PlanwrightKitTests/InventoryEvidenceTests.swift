import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// The framework says which indicators' evidence shows the tool inventory's figures
/// (`evidence_from`), the planner carries that into the assessment only where the plan has an
/// inventory, and the district plan shows the figures under the indicator's evidence.
struct InventoryEvidenceTests {
    static let ratings = "{ shared-vision: { current: 3, target: 3 }, tool-audit: { current: 2, evidence: Lists from purchasing. },"
        + " interoperability: { current: 1 }, utilization-measures: { current: 1 } }"

    static func decoded() throws -> Plan {
        try #require(PlanFixture.run(PlanFixture.yaml(ratings: ratings, goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))).plan)
    }

    /// The plan with `count` tools in its inventory, planned.
    static func planned(tools count: Int) throws -> ImprovementPlan {
        var plan = try decoded()
        plan.tools.tools = (0..<count).map { Tool(id: "t\($0)", name: "Tool \($0)", location: SourceLocation(file: "test.yaml", line: 1, column: 1)) }
        return Planner().plan(plan)
    }

    static func figures(_ p: ImprovementPlan) -> [String: [InventoryFigure]] {
        Dictionary(p.assessment.compactMap { a in a.evidenceFrom.map { (a.indicator, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theBuiltInFrameworkDeclaresWhichIndicatorsShowWhichFigures() throws {
        let framework = try Self.decoded().framework
        let declared = Dictionary(framework.indicators.filter { !$0.evidenceFrom.isEmpty }.map { ($0.id, $0.evidenceFrom) }, uniquingKeysWith: { a, _ in a })
        #expect(declared == ["tool-audit": [.tools, .toolsIntegration, .toolsUtilization],
                             "interoperability": [.toolsIntegration], "utilization-measures": [.toolsUtilization]])
    }

    @Test func thePlannedAssessmentCarriesTheFiguresOnlyWhereThePlanHasAnInventory() throws {
        #expect(Self.figures(try Self.planned(tools: 0)).isEmpty)
        #expect(Self.figures(try Self.planned(tools: 2)) == ["tool-audit": [.tools, .toolsIntegration, .toolsUtilization],
                                                            "interoperability": [.toolsIntegration], "utilization-measures": [.toolsUtilization]])
    }

    /// A plan with an inventory: 23 tools, 14 integrated, a median of 41% counted on Nov 30.
    static func withEcosystem() throws -> ImprovementPlan {
        var p = try planned(tools: 1)
        var e = PlannedEcosystem(lowUtilization: ToolInventory.defaultLowUtilization)
        var counted = PlannedTool(id: "lexia", name: "Lexia", location: SourceLocation(file: "test.yaml", line: 1, column: 1))
        counted.utilization = [UtilizationPoint(date: SchoolDate(iso: "2026-09-30")!, share: Share(basisPoints: 6_000)),
                               UtilizationPoint(date: SchoolDate(iso: "2026-11-30")!, share: Share(basisPoints: 4_100))]
        e.tools = [counted]
        e.evidence.tools = 23
        e.evidence.integrated = 14
        e.evidence.medianUtilization = Share(basisPoints: 4_120)
        p.ecosystem = e
        return p
    }

    static func rows(_ p: ImprovementPlan, _ w: Wording = .english) -> [String: String] {
        let view = HandoutViews.plan(p, warnings: [], people: PlannedPeople(p), words: w)
        let rows = view["assessment"] as? [[String: any Sendable]] ?? []
        return Dictionary(rows.compactMap { row in
            (row["has_inventory_evidence"] as? Bool) == true ? (row["name"] as? String ?? "", row["inventory_evidence"] as? String ?? "") : nil
        }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theDistrictPlanShowsTheFiguresUnderEachIndicatorsEvidence() throws {
        let p = try Self.withEcosystem()
        #expect(Self.rows(p) == [
            "Tool audit": "From the tool inventory: 23 tools in the inventory; 14 of 23 tools with single sign-on and class lists from the SIS; median utilization 41% of licenses (as of Mon, Nov 30).",
            "Interoperability requirements (OneRoster, LTI, single sign-on)": "From the tool inventory: 14 of 23 tools with single sign-on and class lists from the SIS.",
            "Utilization measures": "From the tool inventory: median utilization 41% of licenses (as of Mon, Nov 30).",
        ])
        let html = try #require(BudgetOutputTests.outputs(p)["plan.html"])
        #expect(html.contains("<p>Lists from purchasing.</p>\n<p>From the tool inventory: 23 tools in the inventory; "))
    }

    @Test func noCountOfUseIsSaidSo() throws {
        var p = try Self.withEcosystem()
        p.ecosystem?.tools = []
        p.ecosystem?.evidence.medianUtilization = nil
        #expect(Self.rows(p)["Utilization measures"] == "From the tool inventory: no utilization known: no tool has both its licenses and a count of active users.")
    }

    @Test func theFiguresAreInSpanish() throws {
        let es = try #require(Wording.load(language: "es").value)
        let rows = Self.rows(try Self.withEcosystem(), es)
        #expect(rows["Tool audit"] == "Según el inventario de herramientas: 23 herramientas en el inventario; 14 de 23 herramientas con inicio de sesión único"
            + " y listas de clase desde el SIS; uso mediano del 41% de las licencias (al lun 30 nov).")
        var one = try Self.withEcosystem()
        one.ecosystem?.evidence.tools = 1
        one.ecosystem?.evidence.integrated = 0
        #expect(Self.rows(one, es)["Interoperability requirements (OneRoster, LTI, single sign-on)"]
            == "Según el inventario de herramientas: 0 de 1 herramienta con inicio de sesión único y listas de clase desde el SIS.")
    }

    @Test func aDistrictsOwnFrameworkDrawsOnTheInventoryTheSameWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtIn = try String(contentsOf: TemplateResources.frameworksDirectory.appendingPathComponent("edtech-systems.yaml"), encoding: .utf8)
        let own = builtIn.replacingOccurrences(of: "        evidence_from: [tools_utilization]\n", with: "        evidence_from: [tools, licenses]\n")
        #expect(own != builtIn)
        try own.write(to: folder.appendingPathComponent("ours.yaml"), atomically: true, encoding: .utf8)
        let loaded = FrameworkLibrary().load("ours.yaml", relativeTo: folder.appendingPathComponent("plan.yaml").path,
                                             at: SourceLocation(file: "plan.yaml", line: 3, column: 12))
        let error = try #require(loaded.diagnostics.first)
        #expect(Wording.english.say(error.content).contains("each evidence figure of indicator 'utilization-measures'"), "\(Wording.english.say(error.content))")
        let es = try #require(Wording.load(language: "es").value)
        #expect(es.say(error.content).contains("cada cifra de evidencia del indicador 'utilization-measures'"), "\(es.say(error.content))")
        let fixed = own.replacingOccurrences(of: "[tools, licenses]", with: "[tools_utilization, tools, tools]")
        try fixed.write(to: folder.appendingPathComponent("ours.yaml"), atomically: true, encoding: .utf8)
        let framework = try #require(FrameworkLibrary().load("ours.yaml", relativeTo: folder.appendingPathComponent("plan.yaml").path,
                                                             at: SourceLocation(file: "plan.yaml", line: 3, column: 12)).framework)
        #expect(framework.indicator("utilization-measures")?.evidenceFrom == [.tools, .toolsUtilization])
    }
}
