import Foundation
import Testing
@testable import PlanwrightKit

/// Committed outputs of the example plan. A change to them must be deliberate, as in XcodeGen's
/// fixture tests: regenerate with `PLANWRIGHT_REGENERATE_GOLDEN=1 swift test` and review the diff.
struct GoldenOutputTests {
    static let folder = GoodPlanTests.packageRoot.appendingPathComponent("Tests/Golden/maple-valley")

    static func compare(_ actual: String, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANWRIGHT_REGENERATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from the committed golden file; if the change is intended, regenerate and review it")
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
