import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A part of a file that aliases repeat (`*s`) is one place in the file: each problem in it is
/// listed once, at the anchored node, however many times the decoder reads it.
struct AliasedPartTests {
    /// The test plan with a bad staff member anchored as `&s` and used `uses` more times.
    static func plan(uses: Int) -> String {
        let bad = "&s { id: s9, name: Bad One, school: nowhere, comfort: lots, colour: blue }"
        return PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
            .replacingPresent("champion: yes }]",
                                  with: "champion: yes }, \(bad)" + String(repeating: ", *s", count: uses) + "]")
    }

    @Test func eachProblemInAnAliasedMappingIsListedOnce() throws {
        let result = PlanLoader().load(SourceText(path: "test.yaml", bytes: Array(Self.plan(uses: 2_000).utf8)))
        let messages = result.diagnostics.map(\.message)
        #expect(Set(messages).count == messages.count, "\(messages)")
        let unknown = try #require(result.diagnostics.first { $0.message.hasPrefix("unknown key 'colour'") })
        #expect(unknown.location?.line == 7)
        #expect(unknown.notes.contains { $0.message.contains("used again through an alias") })
        #expect(result.diagnostics.allSatisfy { $0.summarizes == nil })
    }

    @Test func decodingAnAliasedMappingBuildsEachDiagnosticOnce() throws {
        let tree = try #require(YAMLLoader().load(SourceText(path: "test.yaml", bytes: Array(Self.plan(uses: 2_000).utf8))).tree)
        let decoder = PlanDecoder(file: "test.yaml", frameworks: FrameworkLibrary())
        _ = decoder.decode(tree.root)
        #expect(decoder.reader.diagnosticsBuilt < 20)
    }

    @Test func theLoaderMarksOnlyTheAliasedPart() throws {
        let tree = try #require(YAMLLoader().load(SourceText(path: "t.yaml", bytes: Array("a: &x { b: 1 }\nc: *x\nd: 2\n".utf8))).tree)
        #expect(tree.isInAliasedPart(SourceLocation(file: "t.yaml", line: 1, column: 4)))
        #expect(tree.isInAliasedPart(SourceLocation(file: "t.yaml", line: 1, column: 12)))
        #expect(!tree.isInAliasedPart(SourceLocation(file: "t.yaml", line: 1, column: 1)))
        #expect(!tree.isInAliasedPart(SourceLocation(file: "t.yaml", line: 3, column: 4)))
    }
}
