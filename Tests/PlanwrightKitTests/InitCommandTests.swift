import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `planwright init`: the skeleton plan, what `check` says about it untouched and once filled in,
/// and the command's refusals.
struct InitCommandTests {
    static let golden = GoodPlanTests.packageRoot.appendingPathComponent("Tests/Golden/init/edtech-systems.yaml")

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func check(_ text: String, path: String = "/plans/plan.yaml") -> PlanPipeline.Result {
        PlanPipeline().run(SourceText(path: path, bytes: Array(text.utf8)))
    }

    func errors(_ result: PlanPipeline.Result) -> [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

    /// Writes each blank that `check` points at with a sound value for its key.
    func fillIn(_ text: String, at blanks: [Diagnostic]) throws -> String {
        var lines = text.components(separatedBy: "\n")
        var ids: [String] = []
        for blank in blanks {
            let location = try #require(blank.location)
            var line = lines[location.line - 1]
            let offset = line.index(line.startIndex, offsetBy: location.column - 1)
            let key = try #require(line[..<offset].split(separator: " ").last).dropLast()  // "start:" → "start"
            let value: String
            switch key {
            case "id": ids.append("id-\(ids.count + 1)"); value = ids.last!
            case "school": value = ids.first!  // schools come before staff: the first id is the school's
            case "start": value = "2026-08-24"
            case "end": value = "2027-06-11"
            case "date": value = "2026-05-14"
            case "current": value = "2"
            case "days": value = "10"
            case "role": value = "Grade 4 Teacher"
            default: value = "Maple Valley"
            }
            line.insert(contentsOf: " " + value, at: offset)
            lines[location.line - 1] = line
        }
        return lines.joined(separator: "\n")
    }

    @Test func initWritesTheGoldenSkeleton() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml")
        let result = try CommandLineTests().run(["init", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("21 indicators of EdTech Systems to rate"))
        let written = try String(contentsOf: file, encoding: .utf8)
        try GoldenFile.compare(written, to: Self.golden)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    /// Each blank is reported at its own line and column, saying what to fill in; nothing else is.
    @Test func checkOnTheUntouchedSkeletonSaysWhatToFillIn() throws {
        let text = try String(contentsOf: Self.golden, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let framework = try #require(FrameworkLibrary().load("edtech-systems", relativeTo: "p.yaml", at: SourceLocation(file: "p.yaml", line: 1, column: 1)).framework)
        let level = "fill in the level the district is at now, a number from 1 (Not started) to 5 (Sustaining), or the level's name"
        let date = "a date written YYYY-MM-DD, such as 2026-09-08"
        let id = "in letters, digits, '-', '_' or '.'"
        // The blanks in order, by the start of their line, and what check must say about each.
        let expected: [(line: String, message: String)] = [
            ("  name:", "'name' of the district is empty: fill in the district's name"),
            ("  vision:", "'vision' of the district is empty: fill in the shared vision for teaching and learning with technology (Markdown)"),
            ("    - name:", "'name' of this team member is empty: fill in their full name"),
            ("      role:", "'role' of this team member is empty: fill in their role, such as 'Director of Digital Learning' or 'Grade 4 Teacher'"),
            ("  start:", "'start' of the school year is empty: fill in the first day of school, \(date)"),
            ("  end:", "'end' of the school year is empty: fill in the last day of school, \(date)"),
            ("  date:", "'date' of the assessment is empty: fill in when the team agreed the ratings, \(date)"),
        ] + framework.indicators.map { ("      current:", "'current' of the rating of '\($0.id)' is empty: \(level)") } + [
            ("  - id:", "'id' of this school is empty: fill in a short id for the school, used elsewhere in the plan, \(id)"),
            ("    name:", "'name' of this school is empty: fill in the school's name"),
            ("  - id:", "'id' of this staff member is empty: fill in a unique id, such as an employee number, \(id)"),
            ("    name:", "'name' of this staff member is empty: fill in their full name"),
            ("    school:", "'school' of this staff member is empty: fill in the id of their school, \(id)"),
            ("  - id:", "'id' of this goal is empty: fill in a short unique id, \(id)"),
            ("    title:", "'title' of this goal is empty: fill in the goal in one line"),
            ("      - id:", "'id' of this milestone is empty: fill in an id no other milestone of the plan has, \(id)"),
            ("        title:", "'title' of this milestone is empty: fill in what will be done"),
            ("        days:", "'days' of this milestone is empty: fill in the school days of work it takes, a whole number from 1 to 400"),
        ]
        var expectedAt: [String] = [], next = 0
        for blank in expected {
            let index = try #require(lines[next...].firstIndex { $0.hasPrefix(blank.line + " ") || $0 == blank.line }, "no blank '\(blank.line)'")
            expectedAt.append("\(index + 1):\(blank.line.count + 1): \(blank.message)")
            next = index + 1
        }
        let result = check(text)
        let actual = errors(result).map { "\($0.location!.line):\($0.location!.column): \($0.message)" }
        #expect(actual == expectedAt)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func theSkeletonFilledInPassesCheck() throws {
        let text = try String(contentsOf: Self.golden, encoding: .utf8)
        let blanks = errors(check(text))
        #expect(blanks.count == 38)
        let filled = try fillIn(text, at: blanks)
        let result = check(filled)
        #expect(errors(result).isEmpty, "\(errors(result).map(\.message))")
        #expect(result.improvementPlan?.priorities.isEmpty == false)
    }

    /// The editor's view agrees with check's: the schema objects to the required blanks and nothing else.
    @Test func theSchemaFlagsTheSameBlanksAsCheck() throws {
        let text = try String(contentsOf: Self.golden, encoding: .utf8)
        let tree = try #require(YAMLLoader().load(SourceText(path: "p.yaml", bytes: Array(text.utf8))).tree)
        let problems = try JSONSchemaValidator.validate(schema: PlanSchema.generate(), instances: ["skeleton": CoreSchemaJSON.json(tree.root)])["skeleton"] ?? []
        #expect(problems.count == errors(check(text)).count)
        #expect(problems.allSatisfy { $0.contains("None is not of type") }, "\(problems)")
    }

    @Test func aFrameworkFileIsNamedRelativeToThePlanAndItsScaleExplainsTheBlanks() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        // A repository, as a district's plans usually are: a plan may name files anywhere in it.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let frameworkFile = folder.appendingPathComponent("indistar.framework.yaml")
        try FileManager.default.copyItem(at: Fixtures.url("good/indistar.framework.yaml"), to: frameworkFile)
        let plan = folder.appendingPathComponent("plans/plan.yaml")
        let result = try CommandLineTests().run(["init", plan.path, "--framework", frameworkFile.path, "--district", "Maple Valley: Unified #1"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: plan, encoding: .utf8)
        #expect(text.contains("\nframework: ../indistar.framework.yaml\n"))
        #expect(text.contains("\n  name: \"Maple Valley: Unified #1\" "))
        let blanks = errors(check(text, path: plan.path))
        #expect(blanks.contains { $0.message.hasSuffix("a number from 1 (No Development) to 3 (Full Implementation), or the level's name") })
        let filled = check(try fillIn(text, at: blanks), path: plan.path)
        #expect(errors(filled).isEmpty, "\(errors(filled).map(\.message))")
        #expect(filled.plan?.district.name == "Maple Valley: Unified #1")
    }

    /// Outside a repository a plan may not name a file above its folder, so `init` says so at once
    /// (the plan is still written: the leader may mean to move the framework or allow its folder).
    @Test func aFrameworkOutsideTheNewPlansFolderIsWarnedAbout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let frameworkFile = folder.appendingPathComponent("indistar.framework.yaml")
        try FileManager.default.copyItem(at: Fixtures.url("good/indistar.framework.yaml"), to: frameworkFile)
        let plan = folder.appendingPathComponent("plans/plan.yaml")
        let result = try CommandLineTests().run(["init", plan.path, "--framework", frameworkFile.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the new plan names the framework file '../indistar.framework.yaml', which is outside the plan's folder"))
        #expect(result.stderr.contains("--allow-path \(folder.standardizedFileURL.path)"))
        let refused = try CommandLineTests().run(["check", plan.path])
        #expect(refused.stderr.contains("outside the plan's folder"))
        let inside = try CommandLineTests().run(["init", folder.appendingPathComponent("next.yaml").path, "--framework", frameworkFile.path])
        #expect(!inside.stderr.contains("warning"), "\(inside.stderr)")
    }

    @Test func initNeverOverwritesAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml")
        try "my plan\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["init", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: '\(file.path)' already exists; init never overwrites a plan"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "my plan\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    /// The check before writing is not the only guard: a file that appears meanwhile is not replaced.
    @Test func writingRefusesANameTakenAfterTheCheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml")
        try NewFile.write("first\n", to: file.path)
        #expect(throws: NewFile.Failure.exists) { try NewFile.write("second\n", to: file.path) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    @Test func anUnknownFrameworkIsAClearErrorAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.yaml")
        let misspelt = try CommandLineTests().run(["init", file.path, "--framework", "edtech-sytems"])
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr == "planwright: error: there is no built-in framework named 'edtech-sytems'; did you mean 'edtech-systems'?\n")
        let missing = try CommandLineTests().run(["init", file.path, "--framework", "frameworks/none.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read the framework file 'frameworks/none.yaml': no such file"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// `planwright init plans/2026-27.yaml` in a district folder without `plans/` yet.
    @Test func missingFoldersOfThePathAreMade() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plans/2026-27/plan.yaml")
        let result = try CommandLineTests().run(["init", file.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("plans").path) == ["2026-27"])
    }

    @Test func aFileWhereAFolderShouldBeIsAClearError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "notes\n".write(to: folder.appendingPathComponent("plans"), atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["init", folder.appendingPathComponent("plans/plan.yaml").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not a folder"))
    }

    @Test func frameworkPathsAreRelativeToThePlansFolder() {
        let root = URL(fileURLWithPath: "/district")
        #expect(NewPlan.relativePath(to: root.appendingPathComponent("frameworks/f.yaml"), from: root.appendingPathComponent("plans")) == "../frameworks/f.yaml")
        #expect(NewPlan.relativePath(to: root.appendingPathComponent("plans/f.yaml"), from: root.appendingPathComponent("plans")) == "f.yaml")
        #expect(NewPlan.relativePath(to: URL(fileURLWithPath: "/opt/f.yaml"), from: root) == "/opt/f.yaml")
    }

    @Test func userTextIsQuotedOnlyWhenItMustBe() {
        #expect(CommentedYAML.scalar("Maple Valley Unified") == "Maple Valley Unified")
        #expect(CommentedYAML.scalar("St. Mary's (K-8)") == "St. Mary's (K-8)")
        #expect(CommentedYAML.scalar("Null") == "\"Null\"")
        #expect(CommentedYAML.scalar("A: \"B\" #1") == "\"A: \\\"B\\\" #1\"")
        #expect(CommentedYAML.scalar("- x") == "\"- x\"")
        #expect(CommentedYAML.scalar("../frameworks/indistar.yaml") == "../frameworks/indistar.yaml")
    }
}
