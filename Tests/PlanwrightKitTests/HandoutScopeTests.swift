import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A school handout shows the work whose scope includes the school: a 6–12 rollout is not on
/// the K–5 school's page, and another school's Wi-Fi goal is not the high school's focus.
struct HandoutScopeTests {
    static let goals = """
        [{ id: canvas, title: Canvas for secondary, indicators: [shared-vision], grades: 6-12,
           milestones: [{ id: canvas-setup, title: Set up Canvas courses, days: 5, on: 2026-09-01 },
                        { id: canvas-live, title: Canvas goes live, days: 5, kind: rollout, after: canvas-setup, not_before: 2027-01-19 }] },
         { id: wifi, title: Wi-Fi at Elm, indicators: [shared-vision], schools: [elem],
           milestones: [{ id: wifi-survey, title: Survey Elm's Wi-Fi, days: 3, on: 2026-09-01 }] }]
        """

    func handouts() throws -> [String: String] {
        let yaml = PlanFixture.yaml(ratings: "{ shared-vision: { current: 1, target: 3 } }", schools: ScopeTests.schools, staff: "[{ id: s1, name: Ann Lee, school: high, comfort: 4 }]", goals: Self.goals)
        let result = PlanFixture.run(yaml, asOf: "2026-08-31")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.improvementPlan)
        return Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theElementarySchoolDoesNotGetTheSecondaryRollout() throws {
        let elem = try #require(try handouts()["schools/elem.md"])
        #expect(!elem.contains("Canvas"))
        #expect(elem.contains("**Wi-Fi at Elm**"))
        #expect(elem.contains("Survey Elm's Wi-Fi"))
    }

    @Test func theHighSchoolLeadsWithItsOwnWorkAndItsNextDate() throws {
        let files = try handouts()
        let high = try #require(files["schools/high.md"])
        #expect(!high.contains("Wi-Fi"))
        #expect(high.contains("**Canvas for secondary**"))
        #expect(high.contains("  Why: Shared vision for teaching and learning is at"))
        // The rollout is past the six weeks the handout lists, and still named.
        #expect(high.contains("Next: The rollout “Canvas goes live” (for grades 6–12) begins on Tue, Jan 19."))
        #expect(try #require(files["schools/high.html"]).contains("<p class=\"next\"><strong>Next:</strong> The rollout “Canvas goes live” (for grades 6–12) begins on"))
    }

    @Test func theMiddleSchoolCountsOnlyItsOwnMilestones() throws {
        let mid = try #require(try handouts()["schools/mid.md"])
        #expect(mid.contains("Set up Canvas courses"))
        #expect(!mid.contains("Wi-Fi"))
    }
}
