import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A file with a huge number of problems costs bounded work: at most `maxPerFile` diagnostics
/// are built and listed, then one line per kind says how many more there are.
struct DiagnosticCapTests {
    static let cap = DiagnosticCollector.maxPerFile

    /// The sound test plan with its staff list replaced by `count` items that are not staff members.
    static func planWithBadStaff(_ count: Int) -> String {
        PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
            .replacingPresent("staff: [{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }]",
                                  with: "staff:\n" + String(repeating: "  - x\n", count: count))
    }

    static func source(_ text: String) -> SourceText { SourceText(path: "test.yaml", bytes: Array(text.utf8)) }

    @Test func decodingAHundredThousandBadItemsBuildsNoMoreThanTheCap() throws {
        let tree = try #require(YAMLLoader().load(Self.source(Self.planWithBadStaff(100_000))).tree)
        let decoder = PlanDecoder(file: "test.yaml", frameworks: FrameworkLibrary())
        _ = decoder.decode(tree.root)
        // The cap, plus the first of each kind past it (which the summary line quotes);
        // bounded by a number, not the cap, so the test cannot pass by raising it.
        #expect(Self.cap <= 1_000)
        #expect(decoder.reader.diagnosticsBuilt <= Self.cap + 5)
        #expect(decoder.reader.diagnostics.count <= Self.cap + 5)
    }

    /// The planner's problems join the loader's and the decoder's under the same cap: 300 due
    /// dates that cannot be met are 300 errors, of which at most the cap are listed.
    @Test func plannerProblemsAreCappedWithTheRest() throws {
        let milestones = (1...300).map { "{ id: m\($0), title: Step \($0), days: 20, due: 2026-09-01 }" }.joined(separator: ", ")
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones)))
        #expect(result.improvementPlan != nil)
        #expect(result.diagnostics.filter { $0.summarizes == nil }.count <= Self.cap)
        #expect(result.diagnostics.count <= 210)
        let total = result.diagnostics.filter { $0.severity == .error }.reduce(0) { $0 + ($1.summarizes ?? 1) }
        #expect(total >= 300)
    }

    /// A 16,000-character id and a reference to another such id: no suggestion is worked out
    /// (its cost is the product of the lengths) and the message quotes an excerpt, not the id.
    @Test func aHugeIdIsQuotedShortAndGetsNoSuggestion() throws {
        let long = String(repeating: "a", count: 16_000), other = String(repeating: "a", count: 15_999) + "b"
        #expect(Suggestion.closest(to: other, in: [long]) == nil)
        #expect(Suggestion.closest(to: "mielstones", in: ["milestones", String(repeating: "m", count: 5_000)]) == "milestones")
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: \(long), title: A, days: 2 }, { id: b, title: B, days: 2, after: [\(other)] }")))
        let message = try #require(result.diagnostics.first { $0.message.contains("there is no such milestone") }?.message)
        #expect(message.count < 300)
        #expect(!message.contains("did you mean"))
    }

    /// An unknown tag of megabytes is named by an excerpt in its warning.
    @Test func aHugeUnknownTagIsQuotedShort() throws {
        let yaml = PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: A, days: 2 }"))
            .replacingPresent("name: Test District", with: "name: !<\(String(repeating: "A", count: 100_000))> Test District")
        let result = PlanFixture.run(yaml)
        let warning = try #require(result.diagnostics.first { $0.message.contains("is not a tag Planwright knows") })
        #expect(warning.message.count < 200)
    }

    @Test func pastTheCapOneLinePerKindSaysHowManyMore() throws {
        let result = PlanLoader().load(Self.source(Self.planWithBadStaff(100_000)))
        #expect(result.diagnostics.filter { $0.summarizes == nil }.count == Self.cap)
        let summary = try #require(result.diagnostics.last)
        let listed = result.diagnostics.filter { $0.message.hasPrefix("each staff member") }.count
        #expect(summary.summarizes == 100_000 - listed)
        #expect(summary.message == "… and \(DiagnosticCollector.grouped(100_000 - listed)) more errors like this, not listed: "
            + "each staff member must be written as keys and values (key: value); found the text 'x'")
        // The closing line still counts every problem.
        let total = result.diagnostics.reduce(0) { $0 + ($1.summarizes ?? 1) }
        #expect(DiagnosticSummary.line(result.diagnostics, files: 1) == "\(DiagnosticCollector.grouped(total)) errors, 0 warnings in 1 file\n")
        #expect(total >= 100_000)
    }

    @Test func summaryLinesComeAfterEverythingListed() {
        let result = PlanLoader().load(Self.source(Self.planWithBadStaff(1_000)))
        let firstSummary = result.diagnostics.firstIndex { $0.summarizes != nil } ?? result.diagnostics.count
        #expect(firstSummary == Self.cap)
        #expect(result.diagnostics[firstSummary...].allSatisfy { $0.summarizes != nil })
    }

    @Test func theLoadersOwnListIsCappedToo() {
        let text = "a: 1\n" + String(repeating: "a: 2\n", count: 10_000)
        let result = YAMLLoader().load(Self.source(text))
        #expect(result.diagnostics.count == Self.cap + 1)
        #expect(result.diagnostics.last?.summarizes == 10_000 - Self.cap)
    }

    @Test func countsAreGroupedInThousands() {
        #expect(DiagnosticCollector.grouped(10_999_800) == "10,999,800")
        #expect(DiagnosticCollector.grouped(999) == "999")
        #expect(DiagnosticCollector.grouped(1_000) == "1,000")
    }

    @Test func twentyThousandUnknownKeysGetABoundedNumberOfSuggestions() throws {
        var text = PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
        for n in 0..<20_000 { text += "goalz\(n): 1\n" }
        let tree = try #require(YAMLLoader().load(Self.source(text)).tree)
        let decoder = PlanDecoder(file: "test.yaml", frameworks: FrameworkLibrary())
        _ = decoder.decode(tree.root)
        #expect(NodeReader.maxSuggestions <= 1_000)
        #expect(decoder.reader.suggestionsComputed <= NodeReader.maxSuggestions)
        #expect(decoder.reader.diagnosticsBuilt <= Self.cap + 5)
    }
}
