import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A milestone nobody owns yet: the handouts say so instead of an empty cell or `()`.
struct OwnerlessMilestoneTests {
    static func files() throws -> [String: String] {
        let yaml = PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }, { id: o, title: Owned step, days: 5, owner: Ann Lee }"))
        let plan = try #require(PlanFixture.run(yaml, asOf: "2026-08-24").improvementPlan)
        return Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theWhoCellSaysThereIsNoOwnerYet() throws {
        let files = try Self.files()
        let markdown = try #require(files["plan.md"])
        #expect(markdown.contains("| Set up | no owner yet |"))
        #expect(markdown.contains("| Owned step | Ann Lee |"))
        let html = try #require(files["plan.html"])
        #expect(html.contains("<td>no owner yet</td>") && html.contains("<td>Ann Lee</td>"))
    }

    @Test func aSchoolListShowsNoEmptyParentheses() throws {
        let school = try #require(try Self.files()["schools/north.md"])
        #expect(school.contains(": Set up\n") && school.contains(": Owned step (Ann Lee)\n"))
        #expect(!school.contains("()") && school.contains("**Goal** (no lead yet)"))
    }
}
