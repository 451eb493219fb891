@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightImports
@testable import PlanwrightPlanning

/// Tools built in Swift for the ecosystem's tests, on plans from `PlanFixture`: each tool at a
/// line of its own, so a finding's line says which tool it is about.
enum ToolFixture {
    static let schools = "[{ id: north, name: North Elementary, grades: K-5 }, { id: south, name: South Elementary, grades: K-5 }, "
        + "{ id: west, name: West Middle, grades: 6-8 }]"
    static let staff = "[{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: south, comfort: 3 }, "
        + "{ id: s3, name: Cy Ng, school: west, comfort: 3 }]"

    static func at(_ line: Int, column: Int = 5) -> SourceLocation { SourceLocation(file: "test.yaml", line: line, column: column) }

    static func date(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }

    /// A tool that raises no finding unless told: signed, connected, used.
    static func tool(_ id: String, name: String? = nil, purpose: ToolPurpose? = .lms, schools: [String] = [], grades: String? = nil, line: Int,
                     licences: Int? = nil, active: [(String, Double)] = [], sso: IntegrationState? = .yes, rostering: IntegrationState? = .yes,
                     privacy: PrivacyStatus? = .signed, expires: String? = nil, renewal: String? = nil,
                     decision: ToolAction? = nil, by: String? = nil, inPlan: Bool = true) -> Tool {
        var tool = Tool(id: id, name: name ?? id.capitalized, location: at(line))
        tool.purpose = purpose.map { Located($0, at: at(line, column: 10)) }
        tool.scope = Scope(schools: schools, grades: grades.flatMap(GradeSet.parse))
        tool.licences = licences.map { Located($0, at: at(line, column: 20)) }
        tool.activeUsers = active.map { Observation(date: date($0.0), value: $0.1, location: at(line, column: 30)) }
        tool.integration.sso = sso.map { Located($0, at: at(line, column: 40)) }
        tool.integration.rostering = rostering.map { Located($0, at: at(line, column: 45)) }
        tool.integration.location = at(line, column: 38)
        tool.privacy = privacy.map { PrivacyAgreement(status: Located($0, at: at(line, column: 50)), expires: expires.map { Located(date($0), at: at(line, column: 55)) },
                                                       location: at(line, column: 48)) }
        tool.renewal = renewal.map { Located(date($0), at: at(line, column: 60)) }
        tool.decision = decision.map { ToolDecision(action: Located($0, at: at(line, column: 65)), by: by.map { Located(date($0), at: at(line, column: 70)) },
                                                    location: at(line, column: 63)) }
        tool.inPlan = inPlan
        if !inPlan { tool.reported = SourceLocation(file: "apps.csv", line: line, column: 1) }
        return tool
    }

    /// The plan `PlanFixture` builds from `goals`, with `tools` put in and `change` applied, planned.
    static func planned(_ tools: [Tool], goals: String = PlanFixture.goal("{ id: a, title: A, days: 5 }"),
                        lowUtilization: Share? = nil, change: (inout Plan) -> Void = { _ in }) -> ImprovementPlan {
        let loaded = PlanLoader().load(SourceText(path: "test.yaml", bytes: Array(PlanFixture.yaml(schools: schools, staff: staff, goals: goals).utf8)))
        var plan = loaded.plan!
        plan.tools.tools = tools
        plan.tools.lowUtilization = lowUtilization.map { Located($0, at: at(1)) }
        change(&plan)
        return Planner().plan(plan)
    }

    /// The warnings at `line` that the tool checks gave, in English.
    static func warnings(_ planned: ImprovementPlan, line: Int) -> [String] {
        planned.diagnostics.filter { $0.location?.line == line && $0.location?.file == "test.yaml" }.map(\.message)
    }
}
