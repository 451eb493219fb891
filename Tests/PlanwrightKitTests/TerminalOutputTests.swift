import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// What Planwright prints to a terminal holds no control character from the plan: ESC could
/// recolour or rewrite the screen, BEL rings, a bare CR overwrites what was printed.
struct TerminalOutputTests {
    static func controlBytes(in text: String) -> [UInt8] {
        text.utf8.filter { $0 == 0x1B || $0 == 0x07 || $0 == 0x0D }
    }

    /// The hostile plan in a fresh folder, removed by the caller.
    static func hostileFolder() throws -> (folder: URL, plan: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plan = folder.appendingPathComponent("plan.yaml")
        try HostileTextPlan.yaml.write(to: plan, atomically: true, encoding: .utf8)
        return (folder, plan)
    }

    @Test func theReportsPrintNoControlCharacterFromThePlan() throws {
        let plan = try #require(PlanFixture.run(HostileTextPlan.yaml, asOf: "2026-10-01").improvementPlan)
        // The plan really carries them, in every kind of name the reports show.
        #expect(plan.district.contains("\u{1B}[31m") && plan.schools[0].name.contains("\u{07}") && plan.staff[0].name.contains("\r"))
        #expect(plan.goals[0].title.contains("\u{1B}") && plan.milestones.contains { $0.title.written?.contains("\u{1B}") == true })
        for (name, text) in [("plan", PlanTextReport.render(plan)), ("status", ProgressTextReport.render(plan))] {
            #expect(Self.controlBytes(in: text).isEmpty, "\(name) prints control characters from the plan")
        }
        // The text is still shown, with a visible stand-in; the reports keep their own lines.
        let report = PlanTextReport.render(plan)
        #expect(report.hasPrefix("Evil \u{FFFD}[31mRed\u{FFFD} District\u{FFFD}X\n"))
        #expect(report.contains("\nNorth <img src=x onerror=alert(1)> \u{FFFD}[2J\u{FFFD}\u{FFFD}\n"))
        #expect(ProgressTextReport.render(plan).contains("  m1: [x](javascript:alert(1)) *bold* \u{FFFD}[31m\u{FFFD}\u{FFFD}\n"))
    }

    @Test func planStatusAndBuildPrintNoControlCharacterFromThePlan() throws {
        let (folder, plan) = try Self.hostileFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An output folder whose name has an ESC in it, as `build` names it in its summary.
        let out = folder.appendingPathComponent("out\u{1B}[31m").path
        let runs = [
            ("plan", ["plan", plan.path]),
            ("status", ["status", "--as-of", "2026-10-01", plan.path]),
            ("build", ["build", plan.path, "--out", out]),
        ]
        for (name, arguments) in runs {
            let result = try CommandLineTests().run(arguments, in: folder)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
            #expect(Self.controlBytes(in: result.stdout + result.stderr).isEmpty, "\(name) prints control characters")
        }
        // JSON says them with escapes, which a terminal shows as text.
        let json = try CommandLineTests().run(["status", "--format", "json", "--as-of", "2026-10-01", plan.path], in: folder)
        #expect(Self.controlBytes(in: json.stdout).isEmpty && json.stdout.contains("\\u001b[31m"))
    }

    @Test func initPrintsNoControlCharacterFromTheFramework() throws {
        let (folder, _) = try Self.hostileFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let builtIn = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Templates/frameworks/edtech-systems.yaml"), encoding: .utf8)
        let framework = builtIn.replacingPresent("\nname: EdTech Systems\n", with: "\nname: \"Ed\\e[31mTech\\a Systems\\r\"\n")
        #expect(framework != builtIn)
        try framework.write(to: folder.appendingPathComponent("framework.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandLineTests().run(["init", "new.yaml", "--framework", "framework.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("of Ed\u{FFFD}[31mTech\u{FFFD} Systems\u{FFFD} to rate"))
        #expect(Self.controlBytes(in: result.stdout).isEmpty)
    }
}
