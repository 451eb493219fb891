import Foundation
import Testing
@testable import PlanwrightAuthoring

/// Next year's plan (`init --from`) keeps what was heard and what families are told: `voices:`
/// and `families:` carry over as written, and the survey exports stay the same files, whether next
/// year's plan is written beside last year's or in a folder of its own.
struct RolloverStakeholdersTests {
    /// The example as a district keeps it in git: `plans/2026-27/` with its survey exports and app report.
    static func repository() throws -> DiffCommandTests.Repository {
        let repository = try DiffCommandTests.Repository()
        let package = GoodPlanTests.packageRoot
        try repository.write(try String(contentsOf: package.appendingPathComponent("Plans/maple-valley.yaml"), encoding: .utf8),
                             to: "plans/2026-27/maple-valley.yaml")
        try FileManager.default.copyItem(at: package.appendingPathComponent("Plans/maple-valley-holidays.ics"),
                                         to: repository.root.appendingPathComponent("plans/2026-27/maple-valley-holidays.ics"))
        // The exports as the forms saved them, byte for byte (a BOM, CRLF, Windows-1252).
        try FileManager.default.copyItem(at: package.appendingPathComponent("Plans/surveys"),
                                         to: repository.root.appendingPathComponent("plans/2026-27/surveys"))
        try FileManager.default.copyItem(at: package.appendingPathComponent("Plans/apps"),
                                         to: repository.root.appendingPathComponent("plans/2026-27/apps"))
        return repository
    }

    /// The `voices:` section and everything after it to the next top-level key, and the same of `families:`.
    static func section(_ key: String, of plan: String) -> String {
        var lines: [Substring] = []
        for line in plan.split(separator: "\n", omittingEmptySubsequences: false).drop(while: { !$0.hasPrefix("\(key):") }) {
            if !lines.isEmpty, let first = line.first, first != " ", first != "#" { break }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func voicesAndFamiliesCarryOverAndTheSurveysStayTheSameFiles() throws {
        let repository = try Self.repository()
        defer { repository.remove() }
        let run = { (arguments: [String]) in try CommandLineTests().run(arguments, in: repository.root) }
        let last = try repository.read("plans/2026-27/maple-valley.yaml")

        // In a folder of its own: each survey named from there.
        #expect(try run(["init", "plans/2027-28/maple-valley.yaml", "--from", "plans/2026-27/maple-valley.yaml"]).status == 0)
        let next = try repository.read("plans/2027-28/maple-valley.yaml")
        let voices = Self.section("voices", of: next)
        #expect(voices.hasPrefix("voices:"))
        for survey in ["teachers", "students", "families"] {
            #expect(voices.contains("    - file: ../2026-27/surveys/\(survey)-2026.csv"), "\(survey)")
        }
        #expect(voices.replacingOccurrences(of: "file: ../2026-27/surveys/", with: "file: surveys/") == Self.section("voices", of: last),
                "everything else in voices: as written")
        #expect(next.contains("# The surveys below are 2026-27's: when this year's are in, name their exports here. Until then\n"
                              + "# the team's ratings are compared with what 2026-27's respondents said.\nvoices:\n"))
        #expect(Self.section("families", of: next) == Self.section("families", of: last))
        // The app report, likewise: last year's file, named from the new folder.
        #expect(Self.section("tools", of: next).contains("    file: ../2026-27/apps/app-report-2026-11.csv\n"))
        #expect(!Self.section("families", of: next).isEmpty)
        let check = try run(["check", "plans/2027-28/maple-valley.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("cannot be read"))

        // What families read and what the board hears come through.
        #expect(try run(["build", "plans/2027-28/maple-valley.yaml", "--out", "out"]).status == 0)
        let family = try repository.read("out/schools/eastside-family.es.html")
        #expect(family.contains("Puede dejar un Chromebook roto o lento con el técnico en la biblioteca los martes y jueves."))
        #expect(family.contains("<a href=\"https://maplevalley.k12.example/familias\">"))
        #expect(try repository.read("out/board.md").contains("Teachers: 142 responses"))

        // Beside last year's: every path as written.
        #expect(try run(["init", "plans/2026-27/2027-28.yaml", "--from", "plans/2026-27/maple-valley.yaml"]).status == 0)
        let beside = try repository.read("plans/2026-27/2027-28.yaml")
        #expect(Self.section("voices", of: beside) == Self.section("voices", of: last))
        #expect(try run(["check", "plans/2026-27/2027-28.yaml"]).status == 0)
    }

    @Test func aPathIsRewrittenToReachTheSameFile() {
        let move = PlanFolderMove(from: "plans/2026-27/plan.yaml", to: "plans/2027-28/plan.yaml").path
        #expect(move("surveys/teachers.csv") == "../2026-27/surveys/teachers.csv")
        #expect(move("./roster/") == "../2026-27/roster/")
        #expect(move("../shared/frameworks/ours.yaml") == "../shared/frameworks/ours.yaml")
        #expect(move("/srv/exports/families.csv") == "/srv/exports/families.csv", "an absolute path stays")
        let deeper = PlanFolderMove(from: "plan.yaml", to: "next/2027-28/plan.yaml").path
        #expect(deeper("surveys/teachers.csv") == "../../surveys/teachers.csv")
        let same = PlanFolderMove(from: "plans/plan.yaml", to: "plans/./next.yaml").path
        #expect(same("./surveys//teachers.csv") == "./surveys//teachers.csv", "the same folder: as written")
    }
}
