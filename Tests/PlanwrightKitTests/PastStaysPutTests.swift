import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// Issue 20, item 1: recording progress never rewrites the past. The example district records its
/// winter progress (the Canvas pilot and its go/no-go done in October, a measure taken in January);
/// the cycle that has ended keeps the priorities and milestones it had in the draft.
struct PastStaysPutTests {
    let cli = CommandLineTests()
    static let example = GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml")

    /// `text` with each `(old, new)` replaced, failing the test when `old` is not there: an edit
    /// that did not apply would leave the draft, and the test would pass on nothing.
    static func edited(_ text: String, _ edits: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        var text = text
        for (old, new) in edits {
            try #require(text.contains(old), "the example no longer holds: \(old)", sourceLocation: sourceLocation)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The winter progress: pilot and gate done in October, a measure value in January.
    static func winterProgress(_ draft: String) throws -> String {
        try edited(draft, [
            ("""
                    schools: [lincoln, westbrook, mvhs]
                    status: in_progress

            """, """
                    schools: [lincoln, westbrook, mvhs]
                    status: done
                    done_on: 2026-10-16

            """),
            ("""
                    due: 2026-12-11
                    owner: Dana Ortiz
                    kind: gate

            """, """
                    due: 2026-12-11
                    owner: Dana Ortiz
                    kind: gate
                    status: done
                    done_on: 2026-10-21

            """),
            ("""
                      - { date: 2026-10-02, value: 39 }
            """, """
                      - { date: 2026-10-02, value: 39 }
                      - { date: 2027-01-15, value: 52 }
            """),
        ])
    }

    /// The draft and the winter version side by side, with the calendar both import.
    func folder() throws -> (draft: URL, winter: URL, remove: () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-past-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let draft = try String(contentsOf: Self.example, encoding: .utf8)
        try draft.write(to: folder.appendingPathComponent("draft.yaml"), atomically: true, encoding: .utf8)
        try Self.winterProgress(draft).write(to: folder.appendingPathComponent("winter.yaml"), atomically: true, encoding: .utf8)
        try ExamplePlanFiles.copy(to: folder)
        return (folder.appendingPathComponent("draft.yaml"), folder.appendingPathComponent("winter.yaml"),
                { try? FileManager.default.removeItem(at: folder) })
    }

    @Test func aCycleThatHasEndedKeepsItsPrioritiesAndMilestones() throws {
        let files = try folder()
        defer { files.remove() }
        let draft = try #require(PlanPipeline().run(path: files.draft.path).improvementPlan)
        let winter = try #require(PlanPipeline().run(path: files.winter.path).improvementPlan)
        #expect(winter.progress.asOf == SchoolDate(iso: "2027-01-15"))
        let ended = draft.cycles.filter { $0.end < winter.progress.asOf }.map(\.number)
        try #require(ended == [1], "the winter as-of date should fall after cycle 1")
        let before = draft.priorities.filter { $0.cycle == 1 }.map(\.indicator)
        #expect(before.count > 1)
        #expect(winter.priorities.filter { $0.cycle == 1 }.map(\.indicator) == before)
        for id in ["lms-pilot", "lms-gate"] {
            #expect(winter.milestone(id)?.cycle == 1, "\(id) was worked and finished in cycle 1")
        }
    }

    @Test func diffReportsTheProgressWithoutMovingThePast() throws {
        let files = try folder()
        defer { files.remove() }
        let result = try cli.run(["diff", files.draft.path, files.winter.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("from cycle 1 to"), "\(result.stdout)")
        #expect(!result.stdout.contains("(was cycle 1)"), "\(result.stdout)")
        #expect(result.stdout.contains("lms-pilot"), "the progress itself is still reported: \(result.stdout)")
    }
}
