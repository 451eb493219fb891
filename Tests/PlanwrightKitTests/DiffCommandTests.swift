import Foundation
import Testing

/// `planwright diff` as a user runs it: two files, or one file against a git revision.
struct DiffCommandTests {
    static let fixtures = "Tests/PlanwrightKitTests/Fixtures/diff"

    /// The binary, in the package root or a scratch repository.
    func run(_ arguments: [String], in folder: URL = GoodPlanTests.packageRoot) throws -> CommandLineTests.Run {
        try CommandLineTests().run(arguments, in: folder)
    }

    @Test func aRealisticChangeMatchesTheGoldenMarkdown() throws {
        let result = try run(["diff", "\(Self.fixtures)/maple-valley-before.yaml", "\(Self.fixtures)/maple-valley-after.yaml"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = GoodPlanTests.packageRoot.appendingPathComponent("Tests/Golden/diff/maple-valley.diff.md")
        try GoldenFile.compare(result.stdout, to: golden)
    }

    @Test func jsonIsPrintedWithSortedKeysAndIdenticalPlansExitZero() throws {
        let result = try run(["diff", "--format", "json", "Plans/maple-valley.yaml", "Plans/maple-valley.yaml"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object.map { Array($0.keys).sorted() } == ["assessment", "budget", "milestones", "new", "old", "priorities", "schools"])
        #expect(result.stdout.firstRange(of: "\"assessment\"")!.lowerBound < result.stdout.firstRange(of: "\"milestones\"")!.lowerBound)
    }

    @Test func planErrorsArePrintedLikeCheckAndExitOne() throws {
        let result = try run(["diff", Fixtures.url("bad/unknown-school.yaml").path, "Plans/maple-valley.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown-school.yaml:45:37: error:"))
        // The example's warnings: its funding cliff and its tools' findings.
        #expect(result.stderr.hasSuffix("1 error, 32 warnings in 2 files\n"))
        #expect(result.stdout.isEmpty)
    }

    @Test func wrongUsageExitsTwo() throws {
        #expect(try run(["diff", "Plans/maple-valley.yaml"]).status == 2)
        #expect(try run(["diff", "--since", "HEAD", "a.yaml", "b.yaml"]).status == 2)
        #expect(try run(["diff", "no/such.yaml", "Plans/maple-valley.yaml"]).status == 2)
    }

    // MARK: --since, in a repository of its own

    /// A git repository with a plan in `plans/` that names a framework file and an `.ics` calendar beside it.
    struct Repository {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-diff-\(UUID().uuidString)")

        init() throws {
            let plans = root.appendingPathComponent("plans")
            try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
            try git(["init", "-q"])
            let plan = PlanFixture.yaml(
                year: "{ start: 2026-08-24, end: 2027-06-11, import: closures.ics, early_release: wednesday }",
                ratings: "{ shared-vision: { current: 2, target: 4 } }",
                goals: PlanFixture.goal("{ id: survey, title: Survey, days: 10 }, { id: pilot, title: Pilot, days: 5, after: [survey] }")
            ).replacingPresent("framework: edtech-systems", with: "framework: fw.yaml")
            try write(plan, to: "plans/plan.yaml")
            try write(try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Templates/frameworks/edtech-systems.yaml"), encoding: .utf8),
                      to: "plans/fw.yaml")
            try write(Self.calendar([]), to: "plans/closures.ics")
            try write(plan + "fokus: { per_cycle: 2 }\n", to: "plans/broken.yaml")
            try git(["add", "."])
            try git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-qm", "plan"])
        }

        static func calendar(_ events: [(name: String, from: String, until: String)]) -> String {
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events.map {
                "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:\($0.from)\r\nDTEND;VALUE=DATE:\($0.until)\r\nSUMMARY:\($0.name)\r\nEND:VEVENT\r\n"
            }.joined() + "END:VCALENDAR\r\n"
        }

        func write(_ text: String, to path: String) throws {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }

        func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }

        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root.path] + arguments
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func sinceReadsThePlanAndTheFilesItNamesAtTheRevision() throws {
        let repository = try Repository()
        defer { repository.remove() }
        // Only the files the plan names change: a closure in the calendar, a level renamed in the framework.
        try repository.write(Repository.calendar([("Snow days", "20260827", "20260829")]), to: "plans/closures.ics")
        try repository.write(try repository.read("plans/fw.yaml").replacingPresent(
            "levels: [Not started, Emerging,", with: "levels: [Not started, Beginning,"), to: "plans/fw.yaml")
        let result = try run(["diff", "--since", "HEAD", "plans/plan.yaml"], in: repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("From `plans/plan.yaml (at HEAD)` to `plans/plan.yaml`."))
        #expect(result.stdout.contains("| `survey` Survey | Mon, Aug 24 – Fri, Sep 4 | Mon, Aug 24 – Tue, Sep 8 | ends +2 | new closure: Snow days (Thu, Aug 27 – Fri, Aug 28) |"))
        #expect(result.stdout.contains("| Shared vision for teaching and learning | Emerging, aiming for Established | Beginning, aiming for Established | renamed on the framework's scale |"))
    }

    @Test func sinceReportsTheOldVersionsErrorsUnderItsRevision() throws {
        let repository = try Repository()
        defer { repository.remove() }
        try repository.write(try repository.read("plans/broken.yaml").replacingPresent("fokus", with: "focus"), to: "plans/broken.yaml")
        let result = try run(["diff", "--since", "HEAD", "plans/broken.yaml"], in: repository.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plans/broken.yaml (at HEAD):9:1: error: unknown key 'fokus' in the plan; did you mean 'focus'?\n    fokus: { per_cycle: 2 }\n    ^~~~~\n"))
    }

    @Test func aFileMissingAtTheRevisionAnUnknownRevisionAndNoRepositoryExitTwo() throws {
        let repository = try Repository()
        defer { repository.remove() }
        try repository.write(try repository.read("plans/plan.yaml"), to: "plans/new.yaml")
        let missing = try run(["diff", "--since", "HEAD", "plans/new.yaml"], in: repository.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "planwright: error: 'plans/new.yaml' did not exist at revision 'HEAD'; there is nothing to compare it with\n")
        let unknown = try run(["diff", "--since", "v9", "plans/plan.yaml"], in: repository.root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("planwright: error: 'v9' is not a revision of the git repository holding 'plans/plan.yaml'"))
        try FileManager.default.removeItem(at: repository.root.appendingPathComponent(".git"))
        let outside = try run(["diff", "--since", "HEAD", "plans/plan.yaml"], in: repository.root)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("'plans/plan.yaml' is not in a git repository"))
    }
}
