import Foundation
import PlanwrightTemplates
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Files a plan names (framework, calendar import, OneRoster folder, survey, templates) are read
/// only when they are regular files inside the plan's tree, and quoted only when they are the
/// kind of file the plan said: a plan from someone else cannot print the machine's secrets.
struct NamedFileSafetyTests {
    static let marker = "zq-secret-marker-4711"

    /// A temporary folder holding a plan; removed by `remove()`.
    struct Scratch {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-named-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
        func write(_ relative: String, _ text: String) throws {
            try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url(relative), atomically: true, encoding: .utf8)
        }
        func link(_ relative: String, to destination: String) throws {
            try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url(relative).path, withDestinationPath: destination)
        }
        /// A sound plan at `relative` with its framework or `year.import` replaced.
        func plan(_ relative: String, framework: String = "edtech-systems", importing calendar: String? = nil) throws -> String {
            let year = calendar.map { "{ start: 2026-08-24, end: 2027-06-11, import: '\($0)', early_release: wednesday }" }
            var yaml = year.map { PlanFixture.yaml(year: $0, goals: PlanFixture.goal("{ id: a, title: A, days: 3 }")) }
                ?? PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))
            yaml = yaml.replacingPresent("framework: edtech-systems", with: "framework: '\(framework)'")
            try write(relative, yaml)
            return url(relative).path
        }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let calendar = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260907\nSUMMARY:Labor Day\nEND:VEVENT\nEND:VCALENDAR\n"

    /// Everything a user would see: the printed diagnostics with their quoted lines, and the JSON.
    static func printed(_ result: PlanPipeline.Result) -> String {
        DiagnosticPrinter(sources: result.sources).render(result.diagnostics) + DiagnosticJSON.encode(result.diagnostics)
    }

    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    @Test func procSelfEnvironAsTheFrameworkIsOutsideThePlanAndPrintsNoEnvironment() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let plan = try scratch.plan("p.yaml", framework: "/proc/self/environ")
        // /proc/self/environ holds the environment the process started with: run the command.
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["check", plan]
        process.environment = ProcessInfo.processInfo.environment.merging(["PLANWRIGHT_TEST_SECRET": Self.marker]) { _, new in new }
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile() + err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(!printed.contains(Self.marker))
        #expect(printed.contains("cannot read the framework file '/proc/self/environ': it is a file of the operating system, not of the plan"))
        #expect(!printed.contains("/proc/\(process.processIdentifier)"), "where the link leads is not said")
    }

    /// The plan file itself may be a link someone committed (git stores links): one into /proc
    /// is refused like any file the kernel makes, so `check Plans/*.yaml` in CI prints no secret.
    @Test func aPlanFileLinkedIntoProcIsRefusedAndPrintsNothingOfIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.link("evil.yaml", to: "/proc/self/environ")
        try scratch.link("passwd.yaml", to: "/etc/passwd")
        let refused = PlanPipeline().run(path: scratch.url("evil.yaml").path)
        // Plain values only in the expectations: a failing one must not print the result (and its secrets).
        let unreadable = refused.unreadable, quotable = refused.sources.count, printed = Self.printed(refused)
        #expect(unreadable)
        #expect(quotable == 0)
        #expect(printed.hasPrefix("planwright: error: cannot read '\(scratch.url("evil.yaml").path)': it is a file of the operating system, not of the plan\n"))
        #expect(!printed.contains("PATH="), "the environment was printed")
        // A link elsewhere is the user's own choice on the command line: read, as a plan.
        #expect(!PlanPipeline().run(path: scratch.url("passwd.yaml").path).unreadable)
    }

    @Test func aFIFONamedAsTheCalendarIsRefusedAtOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.url("calendars"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.url("calendars/closures.ics").path, 0o600) == 0)
        let plan = try scratch.plan("p.yaml", importing: "calendars/closures.ics")
        // Opening a FIFO for reading waits for a writer: before the fix this never returned.
        // The load runs aside so a regression fails here instead of hanging the suite.
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: PlanPipeline.Result?
        Thread.detachNewThread {
            result = PlanPipeline().run(path: plan)
            done.signal()
        }
        try #require(done.wait(timeout: .now() + 60) == .success, "loading a plan that names a FIFO did not return")
        #expect(Self.errors(try #require(result)) == [
            "the calendar file 'calendars/closures.ics' named by 'import' cannot be read: it is not an ordinary file (it is a device, a pipe or a socket); name a file saved on disk",
        ])
    }

    @Test func devZeroIsNeverRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let plan = try scratch.plan("p.yaml", importing: "/dev/zero")
        let refused = PlanPipeline().run(path: plan)
        #expect(Self.errors(refused) == ["the calendar file '/dev/zero' named by 'import' cannot be read: it is a file of the operating system, not of the plan"])
        // Even with /dev allowed, a device is not a file of the plan.
        let allowed = PlanPipeline(loader: PlanLoader(access: FileAccess(allowing: ["/dev"]))).run(path: plan)
        #expect(Self.errors(allowed) == ["the calendar file '/dev/zero' named by 'import' cannot be read: it is a file of the operating system, not of the plan"])
        #expect(!allowed.sources.contains { $0.path == "/dev/zero" })
        // As the plan file itself (the user's own choice of path), it is still not read.
        #expect(PlanLoader().load(path: "/dev/zero").diagnostics.map(\.message) == [
            "cannot read '/dev/zero': it is a file of the operating system, not of the plan",
        ])
    }

    @Test func aLinkInsideThePlanFolderPointingOutsideIsRefusedUnlessAllowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("shared/closures.ics", Self.calendar)
        try scratch.link("plan/closures.ics", to: "../shared/closures.ics")
        let plan = try scratch.plan("plan/p.yaml", importing: "closures.ics")

        let refused = PlanPipeline().run(path: plan)
        #expect(Self.errors(refused) == [
            "the calendar file 'closures.ics' named by 'import' cannot be read: it is a link that leads outside the plan's folder (\(PlanTree.realPath(scratch.url("plan").path)!)); move it next to the plan or allow its folder with --allow-path",
        ])
        #expect(!refused.sources.contains { $0.path.hasSuffix(".ics") })

        let allowed = PlanPipeline(loader: PlanLoader(access: FileAccess(allowing: [scratch.url("shared").path]))).run(path: plan)
        #expect(Self.errors(allowed) == [])
        #expect(allowed.plan?.year.closed.contains { $0.name == "Labor Day" } == true)
    }

    /// A folder swapped for a link between the tree's check and the open (a race) leads the
    /// open outside: the file actually opened is asked about again, so it is still refused.
    @Test func theFileActuallyOpenedIsCheckedAgain() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("plan/closures.ics", Self.calendar)
        try scratch.write("outside/closures.ics", Self.calendar)
        let plan = try scratch.plan("plan/p.yaml")
        let tree = PlanTree(planFile: plan)
        // As if `admit` had said yes to plan/closures.ics and the open then reached outside/.
        let raced = SourceFiles.readRegular(scratch.url("plan/closures.ics").path, opening: scratch.url("outside/closures.ics").path,
                                            limits: .standard, confirmingInside: tree)
        guard case let .failure(problem) = raced else { Issue.record("a file outside the tree was read"); return }
        #expect(Wording.english.say(problem.reason).contains("outside the plan's folder"))
        let inside = SourceFiles.readRegular(scratch.url("plan/closures.ics").path, opening: scratch.url("plan/closures.ics").path,
                                             limits: .standard, confirmingInside: tree)
        #expect((try? inside.get())?.bytes == Array(Self.calendar.utf8))
    }

    @Test func everyCommandThatLoadsAPlanTakesAllowPath() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("shared/closures.ics", Self.calendar)
        try scratch.link("plan/closures.ics", to: "../shared/closures.ics")
        _ = try scratch.plan("plan/p.yaml", importing: "closures.ics")
        let cli = CommandLineTests()
        let refused = try cli.run(["check", "plan/p.yaml"], in: scratch.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("or allow its folder with --allow-path"))
        for command in [["check"], ["plan"], ["status", "--as-of", "2026-09-01"], ["build", "--out", scratch.url("out").path]] {
            let run = try cli.run(command + ["--allow-path", "shared", "plan/p.yaml"], in: scratch.root)
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
        let diff = try cli.run(["diff", "--allow-path", "shared", "plan/p.yaml", "plan/p.yaml"], in: scratch.root)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(try cli.run(["check", "--allow-path", "no-such-folder", "plan/p.yaml"], in: scratch.root).status == 2)
    }

    @Test func aPlanInAGitRepositoryMayNameAFrameworkInASiblingFolder() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let builtIn = TemplateResources.frameworksDirectory.appendingPathComponent("edtech-systems.yaml")
        try scratch.write("shared/edtech.yaml", try String(contentsOf: builtIn, encoding: .utf8))
        let plan = try scratch.plan("plans/p.yaml", framework: "../shared/edtech.yaml")

        // Without a repository, the plan's tree is its own folder.
        #expect(Self.errors(PlanPipeline().run(path: plan)).first?.hasPrefix("cannot read the framework file '../shared/edtech.yaml': it is outside the plan's folder") == true)
        // `.git` marks the repository's root (a folder, or a file in a worktree).
        try FileManager.default.createDirectory(at: scratch.url(".git"), withIntermediateDirectories: true)
        let accepted = PlanPipeline().run(path: plan)
        #expect(Self.errors(accepted) == [])
        #expect(accepted.plan?.framework.id == "edtech-systems")
    }

    @Test func atARevisionTheRepositoryIsThePlanTreeToo() throws {
        let repository = try DiffCommandTests.Repository()
        defer { repository.remove() }
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try repository.write(try repository.read("plans/fw.yaml"), to: "shared/fw.yaml")
        try repository.write(try repository.read("plans/plan.yaml").replacingPresent("framework: fw.yaml", with: "framework: ../shared/fw.yaml"), to: "plans/plan.yaml")
        try repository.git(["add", "."])
        try repository.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-qm", "shared framework"])
        // The copy of the revision holds the sibling folder, and its files are allowed.
        let old = try PlanPipeline().run(path: repository.root.appendingPathComponent("plans/plan.yaml").path, at: "HEAD").get()
        #expect(Self.errors(old) == [])
        #expect(old.plan?.framework.id == "edtech-systems")
    }

    @Test func aTemplateLinkedToAFileOutsideItsFolderIsRefusedAndNotPublished() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("secret.txt", "\(Self.marker)\n")
        try scratch.write("templates/plan.md.mustache", "{{% CONTENT_TYPE: TEXT}}\n# {{district}}\n")
        try scratch.link("templates/partials/footer.md.mustache", to: scratch.url("secret.txt").path)
        let loaded = TemplateSet.load(overrides: scratch.url("templates"))
        #expect(loaded.templates == nil)
        #expect(loaded.diagnostics.map(\.message).contains { $0.hasPrefix("the template 'partials/footer.md' cannot be used: it is a link that leads ") && $0.contains("outside the templates folder") })
        #expect(!loaded.sources.contains { String(decoding: $0.bytes, as: UTF8.self).contains(Self.marker) })
    }

    /// Files that are not frameworks: not YAML by name, YAML text that is not a mapping, and a
    /// line of /etc/shadow, which YAML reads as a key.
    static let notFrameworks = [
        "secrets.env": "SECRET=\(marker)\nTOKEN=\(marker)\n",
        "secrets.yaml": "SECRET=\(marker)\nTOKEN=\(marker)\n",
        "shadow.yaml": "root:\(marker):20228:0:99999:7:::\n",
    ]

    @Test("a framework file that is not a YAML framework is refused without quoting it", arguments: notFrameworks.keys.sorted())
    func aNonFrameworkInsideTheTreeIsNotQuoted(_ name: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(name, Self.notFrameworks[name]!)
        let result = PlanPipeline().run(path: try scratch.plan("p.yaml", framework: "./\(name)"))
        #expect(result.plan == nil)
        #expect(Self.errors(result).count == 1)
        #expect(Self.errors(result).first?.hasPrefix("cannot read the framework file './\(name)': it is not ") == true)
        #expect(!Self.printed(result).contains(Self.marker))
    }

    @Test func aCalendarThatIsNotAnICalendarFileIsRefusedWithoutQuotingIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("closures.ics", "SECRET=\(Self.marker)\n")
        let result = PlanPipeline().run(path: try scratch.plan("p.yaml", importing: "closures.ics"))
        #expect(Self.errors(result) == [
            "the calendar file 'closures.ics' named by 'import' cannot be read: it is not an iCalendar file (it must start with BEGIN:VCALENDAR); export the calendar as an .ics file and name that",
        ])
        #expect(!Self.printed(result).contains(Self.marker))
    }

    @Test func rosterFilesMustBeCSVInsideThePlanTree() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sample = GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample").path
        let location = SourceLocation(file: "p.yaml", line: 3, column: 5)
        let tree = PlanTree(planFile: scratch.url("p.yaml").path)
        let outside = OneRosterReader(inside: tree).read(directory: sample, survey: nil, at: location)
        #expect(outside.diagnostics.map(\.message).first?.hasPrefix("cannot read the OneRoster folder '\(sample)': it is outside the plan's folder") == true)

        for file in ["orgs.csv", "users.csv"] { try FileManager.default.copyItem(atPath: sample + "/" + file, toPath: scratch.url("roster/" + file).path, creatingFolders: true) }
        try scratch.write("roster/survey.txt", "staff_id,comfort\n\(Self.marker),3\n")
        let read = OneRosterReader(inside: tree).read(directory: scratch.url("roster").path, survey: scratch.url("roster/survey.txt").path, at: location)
        #expect(read.diagnostics.filter { $0.severity != .note }.map(\.message) == [
            "cannot read the staff survey '\(scratch.url("roster/survey.txt").path)': it is not a CSV file; export it as CSV, in a file whose name ends in .csv",
        ])
        #expect(!read.schools.isEmpty)
        #expect(!DiagnosticPrinter(sources: read.sources).render(read.diagnostics).contains(Self.marker))
    }

    @Test func aSurveyThatIsNotCSVIsAnErrorWhereThePlanNamesIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let plans = GoodPlanTests.packageRoot.appendingPathComponent("Plans")
        try FileManager.default.copyItem(at: plans.appendingPathComponent("oneroster-sample"), to: scratch.url("oneroster-sample"))
        try scratch.write("oneroster-sample/survey.txt", "staff_id,comfort\n\(Self.marker),3\n")
        let text = try String(contentsOf: plans.appendingPathComponent("oakridge-oneroster.yaml"), encoding: .utf8)
        try scratch.write("p.yaml", text.replacingPresent("survey: oneroster-sample/staff-survey.csv", with: "survey: oneroster-sample/survey.txt"))
        let result = PlanPipeline().run(path: scratch.url("p.yaml").path)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasSuffix("survey.txt': it is not a CSV file; export it as CSV, in a file whose name ends in .csv"))
        #expect(error.location.map { "\($0.line):\($0.column)" } == "57:11")
        #expect(!Self.printed(result).contains(Self.marker))
    }

    @Test func messagesQuoteAtMostAnExcerptOfAValue() {
        let huge = String(repeating: "7", count: 200_000)
        let read = ICSCalendarReader().read(SourceText(path: "c.ics", bytes: Array("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:\(huge)\nEND:VEVENT\nEND:VCALENDAR\n".utf8)))
        let message = read.diagnostics.first?.message ?? ""
        #expect(message == "DTSTART '\(String(repeating: "7", count: Excerpt.maxCharacters))…' is not a date written YYYYMMDD")
    }
}

private extension FileManager {
    func copyItem(atPath source: String, toPath destination: String, creatingFolders: Bool) throws {
        try createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try copyItem(atPath: source, toPath: destination)
    }
}
