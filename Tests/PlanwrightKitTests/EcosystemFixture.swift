import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A small district's tools as the planner hands them to the outputs, set in Swift so the views
/// are tested apart from the decoder and the planner: Canvas (connected, used less than half,
/// counted twice), Seesaw at one school (its own login, no licences written), and a tool only
/// the app report shows, whose name tries to break out of HTML, Markdown, a spreadsheet and SVG.
enum EcosystemFixture {
    static let hostileName = "<b>Evil</b> | =cmd & \"x\" *y*"

    static func date(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }

    /// Two schools, a gate and the rollout after it, for the gate's line.
    static func plan() throws -> ImprovementPlan {
        var plan = try #require(PlanFixture.run(PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }]",
            staff: "[{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: south, comfort: 3 }]",
            goals: PlanFixture.goal("{ id: gate, title: Go or no-go for Canvas, days: 1, kind: gate }, { id: launch, title: Canvas goes live, days: 5, after: gate, kind: rollout }"))).improvementPlan)
        plan.ecosystem = ecosystem(plan)
        let gate = try #require(plan.milestones.firstIndex { $0.id == "gate" })
        plan.milestones[gate].mustBeTrue = [GateCondition(tool: "canvas", requirement: .integrated), GateCondition(tool: "canvas", requirement: .privacySigned)]
        return plan
    }

    static func ecosystem(_ plan: ImprovementPlan) -> PlannedEcosystem {
        let everywhere = plan.schools.map(\.id)
        var canvas = PlannedTool(id: "canvas", name: "Canvas", location: SourceLocation(file: "Plans/test.yaml", line: 40, column: 5))
        canvas.purpose = .lms
        canvas.schools = everywhere
        canvas.licences = 500
        canvas.activeUsers = [.init(date: date("2026-10-01"), value: 150), .init(date: date("2027-03-01"), value: 240)]
        canvas.utilization = [UtilizationPoint(date: date("2026-10-01"), share: Share(basisPoints: 3_000)),
                              UtilizationPoint(date: date("2027-03-01"), share: Share(basisPoints: 4_800))]
        canvas.sso = .yes
        canvas.rostering = .yes
        canvas.gradePassback = .planned
        canvas.privacy = .signed
        canvas.privacyExpires = date("2027-03-31")
        canvas.cost = Money(dollars: 12_000)
        canvas.funding = [PlannedFundingShare(source: "general-fund", share: .all)]
        canvas.renewal = date("2027-03-01")
        canvas.owner = "Bo Diaz"
        canvas.decision = .keep
        canvas.decisionBy = date("2027-04-16")
        canvas.url = "https://canvas.example"

        var seesaw = PlannedTool(id: "seesaw", name: "Seesaw", location: SourceLocation(file: "Plans/test.yaml", line: 52, column: 5))
        seesaw.purpose = .communication
        seesaw.scope = Scope(schools: ["north"])
        seesaw.schools = ["north"]
        seesaw.activeUsers = [.init(date: date("2027-03-01"), value: 75)]
        seesaw.rostering = .planned
        seesaw.privacy = .pending

        var unvetted = PlannedTool(id: "evil", name: hostileName, location: SourceLocation(file: "Plans/apps.csv", line: 7, column: 1))
        unvetted.scope = Scope(schools: ["north"])
        unvetted.schools = ["north"]
        unvetted.vetted = false

        var ecosystem = PlannedEcosystem(lowUtilization: ToolInventory.defaultLowUtilization)
        ecosystem.tools = [canvas, seesaw, unvetted]
        ecosystem.findings = [
            EcosystemFinding(.lowUtilization(tool: "canvas", share: Share(basisPoints: 4_800), below: ToolInventory.defaultLowUtilization, on: date("2027-03-01")),
                             at: SourceLocation(file: "Plans/test.yaml", line: 44, column: 7)),
            EcosystemFinding(.unvetted(tool: "evil"), at: SourceLocation(file: "Plans/apps.csv", line: 7, column: 1)),
        ]
        ecosystem.evidence.tools = 3
        ecosystem.evidence.integrated = 1
        ecosystem.evidence.medianUtilization = Share(basisPoints: 4_800)
        return ecosystem
    }
}
