import Foundation
import Testing

/// `plan`, `status` and `build` default to the same as-of date, and each says near the top which
/// date it used and why (issue 12, item 7b).
struct AsOfLineTests {
    let cli = CommandLineTests()

    /// The line each command prints, from its text output.
    func asOfLine(_ arguments: [String]) throws -> String {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(3)
        return try #require(lines.first { $0.hasPrefix("As of ") }.map(String.init), "\(arguments) printed no as-of line near the top")
    }

    func commands(_ extra: [String] = []) -> [[String]] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-asof-\(UUID().uuidString)").path
        return [["plan", "Plans/maple-valley.yaml"] + extra, ["status", "Plans/maple-valley.yaml"] + extra,
                ["build", "Plans/maple-valley.yaml", "--out", out] + extra]
    }

    @Test func byDefaultEveryCommandUsesTheLatestProgressRecordedAndSaysSo() throws {
        for command in commands() {
            #expect(try asOfLine(command) == "As of Fri, Oct 2 (the latest date the plan records progress; --as-of DATE to choose another)", "\(command)")
        }
    }

    @Test func aGivenDateIsNamedAsGiven() throws {
        for command in commands(["--as-of", "2026-11-22"]) {
            #expect(try asOfLine(command) == "As of Sun, Nov 22 (given by --as-of)", "\(command)")
        }
    }

    @Test func aPlanWithNoProgressYetIsAsOfTheFirstDayOfSchool() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-asof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml")
        try PlanFixture.yaml(goals: ProgressTests.chain()).write(to: plan, atomically: true, encoding: .utf8)
        for command in [["plan", plan.path], ["status", plan.path], ["build", plan.path, "--out", folder.appendingPathComponent("out").path]] {
            #expect(try asOfLine(command) == "As of Mon, Aug 24 (the first day of school; the plan records no progress yet; --as-of DATE to choose another)", "\(command)")
        }
    }
}
