import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Committed outputs of the example plan (see `GoldenFile` for regenerating them).
struct GoldenOutputTests {
    static let folder = GoodPlanTests.packageRoot.appendingPathComponent("Tests/Golden/maple-valley")

    static func compare(_ actual: String, to name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try GoldenFile.compare(actual, to: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    static func examplePlan() throws -> ImprovementPlan {
        // A relative path, as the README runs it, so paths in messages match the golden files.
        _ = FileManager.default.changeCurrentDirectoryPath(GoodPlanTests.packageRoot.path)
        return try #require(PlanPipeline().run(path: "Plans/maple-valley.yaml").improvementPlan)
    }

    @Test func planTextMatchesTheGoldenFile() throws {
        try Self.compare(PlanTextReport.render(Self.examplePlan()), to: "plan.txt")
    }

    @Test func planJSONMatchesTheGoldenFile() throws {
        try Self.compare(PlanJSON.encode(Self.examplePlan()), to: "plan.json")
    }

    @Test func planningIsDeterministic() throws {
        let first = try PlanJSON.encode(Self.examplePlan())
        for _ in 0..<3 { #expect(try PlanJSON.encode(Self.examplePlan()) == first) }
    }
}
