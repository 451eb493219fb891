import Foundation
import Testing

/// The `planwright` binary as a user runs it: exit codes and output streams.
struct CommandLineTests {
    static let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("planwright")

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], in folder: URL = GoodPlanTests.packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aSoundPlanExitsZero() throws {
        let result = try run(["check", "Plans/maple-valley.yaml"])
        #expect(result.status == 0)
        // Warnings do not fail a check: the example's budget warns of its funding cliff, and the
        // planner of its tools (overlaps, licences unused, tools not rostered, agreements pending, apps not vetted).
        #expect(result.stderr.hasSuffix("0 errors, 32 warnings in 1 file\n"))
        #expect(result.stderr.contains("Plans/maple-valley.yaml:362:9: warning: Canvas licences, $19,201.50 a year from FY2029, have no funding after State digital-learning grant ends"))
    }

    @Test func aPlanWithErrorsExitsOneAndQuotesTheLine() throws {
        let result = try run(["check", Fixtures.url("bad/unknown-key-suggestion.yaml").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown-key-suggestion.yaml:53:5: error: unknown key 'mielstones' in goal 'lms'; did you mean 'milestones'?\n        mielstones:\n        ^~~~~~~~~~\n"))
    }

    @Test func jsonFormatPrintsDiagnosticsOnStandardOutput() throws {
        let result = try run(["check", "--format", "json", Fixtures.url("bad/unknown-school.yaml").path])
        #expect(result.status == 1)
        let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let location = list?.first?["location"] as? [String: Any]
        #expect(location?["line"] as? Int == 45)
        #expect(location?["column"] as? Int == 37)
    }

    @Test func wrongUsageAndUnreadableFilesExitTwo() throws {
        let missingArgument = try run(["check"])
        let unknownOption = try run(["check", "--colour", "x.yaml"])
        let missingFile = try run(["check", "no/such/plan.yaml"])
        #expect(missingArgument.status == 2)
        #expect(unknownOption.status == 2)
        #expect(missingFile.status == 2)
        #expect(missingFile.stderr.contains("cannot read 'no/such/plan.yaml': no such file"))
    }

    @Test func everyFileIsCheckedInOneRun() throws {
        let result = try run(["check", Fixtures.url("bad/unknown-school.yaml").path, Fixtures.url("bad/unknown-after.yaml").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("2 errors, 0 warnings in 2 files\n"))
    }

    @Test func buildWritesEveryOutputAndSaysWhereToOpenThem() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["build", "Plans/maple-valley.yaml", "--out", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nwrote 160 files to \(out.path); open \(out.path)/plan.html"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("schools/riverside.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("schools/riverside-people.html").path))
    }

    /// `--languages` replaces the plan's `families.languages` for one build; a language with no
    /// strings file stops it, naming the file, and nothing is written.
    @Test func buildMakesFamilyPagesInTheLanguagesAsked() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let english = try run(["build", "Plans/maple-valley.yaml", "--out", out.path, "--languages", "en"])
        #expect(english.status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("schools/riverside-family.en.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("schools/riverside-family.es.html").path))
        #expect(english.stderr.contains("151 of 352 families at Riverside Elementary speak Spanish at home, but family pages are made in English only: add es to families.languages"))
        let french = try run(["build", "Plans/maple-valley.yaml", "--out", out.path, "--languages", "en,es,fr"])
        #expect(french.status == 1)
        #expect(french.stderr.contains("error: there are no words for the language 'fr'"))
        #expect(french.stderr.contains("strings/fr.po"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("schools/riverside-family.es.html").path))
    }

    @Test func buildWritesNothingWhenThePlanHasErrors() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        try "earlier".write(to: out.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        let result = try run(["build", Fixtures.url("bad/unknown-school.yaml").path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("nothing was written to \(out.path)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["plan.md"])
        #expect(try String(contentsOf: out.appendingPathComponent("plan.md"), encoding: .utf8) == "earlier")
    }

    @Test func aTemplateProblemIsReportedOnceForManyPlans() throws {
        let templates = try BuildOutputTests.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n{{schoool}}\n"])
        defer { try? FileManager.default.removeItem(at: templates) }
        let result = try run(["check", "--templates", templates.path, "Plans/maple-valley.yaml", "Plans/oakridge-oneroster.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "uses 'schoool'").count - 1 == 1)
    }

    @Test func checkFindsATemplateTypoAtItsLine() throws {
        let templates = try BuildOutputTests.templates(["school.html.mustache": "{{<layout}}{{$body}}\n<h1>{{schoool}}</h1>\n{{/body}}{{/layout}}\n"])
        defer { try? FileManager.default.removeItem(at: templates) }
        let result = try run(["check", "--templates", templates.path, "Plans/maple-valley.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("school.html.mustache:2:5: error: template 'school.html' uses 'schoool', which no handout view has; did you mean 'school'?"))
    }
}

/// Paths in messages are written as the user would type them from where they ran the command.
struct CommandLinePathTests {
    @Test func rosterPathsPrintAsWrittenFromTheCommandsFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let roster = root.appendingPathComponent("exports/roster")
        try FileManager.default.createDirectory(at: roster.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample"), to: roster)
        let users = roster.appendingPathComponent("users.csv")
        try (String(contentsOf: users, encoding: .utf8) + "t-999,Lee, Jr.,x\n").write(to: users, atomically: true, encoding: .utf8)
        let plan = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
            .replacingPresent("oneroster: oneroster-sample", with: "oneroster: ../exports/roster")
            .replacingPresent("survey: oneroster-sample/", with: "survey: ../exports/roster/")
        try plan.write(to: root.appendingPathComponent("plans/p.yaml"), atomically: true, encoding: .utf8)

        let beside = try CommandLineTests().run(["check", "--allow-path", "../exports", "p.yaml"], in: root.appendingPathComponent("plans"))
        #expect(beside.stderr.hasPrefix("../exports/roster/users.csv:39:1: error: users.csv row 39"), "\(beside.stderr)")
        let above = try CommandLineTests().run(["check", "--allow-path", "exports", "plans/p.yaml"], in: root)
        #expect(above.stderr.hasPrefix("plans/../exports/roster/users.csv:39:1: error: users.csv row 39"), "\(above.stderr)")
        #expect(!beside.stderr.contains("./../") && !above.stderr.contains("/./"))
    }
}
