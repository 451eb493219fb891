@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Builds small plans in tests: a sound base with the parts a test cares about replaced.
enum PlanFixture {
    static func yaml(
        team: String = "[{ name: Ann Lee, role: Grade 3 Teacher }, { name: Bo Diaz, role: Director of Digital Learning }]",
        year: String = "{ start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }], testing: [{ name: State testing, from: 2027-04-19, to: 2027-05-07 }], early_release: wednesday }",
        ratings: String = "{ shared-vision: { current: 3, target: 3 } }",
        schools: String = "[{ id: north, name: North Elementary }]",
        staff: String = "[{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }]",
        goals: String,
        extra: String = ""
    ) -> String {
        """
        planwright: 1
        district: { name: Test District, vision: Learn., team: \(team) }
        framework: edtech-systems
        year: \(year)
        assessment: { date: 2026-05-14, ratings: \(ratings) }
        schools: \(schools)
        staff: \(staff)
        goals: \(goals)
        \(extra)
        """
    }

    static func run(_ yaml: String, asOf: String? = nil) -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(asOf: asOf.flatMap(SchoolDate.init(iso:)))).run(SourceText(path: "test.yaml", bytes: Array(yaml.utf8)))
    }

    /// A goal holding the given milestones (flow-style YAML list items).
    static func goal(_ milestones: String, indicators: String = "[shared-vision]") -> String {
        "[{ id: g, title: Goal, indicators: \(indicators), milestones: [\(milestones)] }]"
    }
}

extension ImprovementPlan {
    func milestone(_ id: String) -> ScheduledMilestone? { milestones.first { $0.id == id } }
    func dates(_ id: String) -> String { milestone(id).map { "\($0.start)…\($0.end)" } ?? "missing" }
}
