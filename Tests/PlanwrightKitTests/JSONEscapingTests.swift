import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// JSON Planwright prints or writes holds no character a terminal acts on: JSONEncoder escapes
/// C0 itself, and C1 (U+009B is CSI to a terminal), the bidirectional controls and the line and
/// paragraph separators are written as `\uXXXX` too. Decoding gives back the exact text.
struct JSONEscapingTests {
    /// A district name with CSI, a right-to-left override, a line separator and DEL in it.
    static let name = "Evil \u{9B}31m\u{202E}Red\u{2028}X\u{2066}\u{7F}"
    static let yamlName = #""Evil \u009B31m\u202ERed\u2028X\u2066\x7F""#

    /// Raw scalars the JSON must not hold, listed here rather than taken from `TerminalText`.
    static func rawUnsafe(in json: String) -> [String] {
        json.unicodeScalars.filter {
            switch $0.value {
            case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    static func plan() -> String {
        PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: Configure, days: 5 }"))
            .replacingPresent("name: Test District", with: "name: \(yamlName)")
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func planAndDiffJSONEscapeC1BidiAndSeparators() throws {
        let plan = try #require(PlanFixture.run(Self.plan()).improvementPlan)
        #expect(plan.district == Self.name, "the plan really holds them")

        let json = try PlanJSON.encode(plan)
        #expect(Self.rawUnsafe(in: json).isEmpty, "\(Self.rawUnsafe(in: json))")
        #expect(json.contains(#""district" : "Evil \u009b31m\u202eRed\u2028X\u2066\u007f""#), "\(json.prefix(400))")
        #expect(try Self.object(json)["district"] as? String == Self.name)

        let diff = try PlanDiffTests().diff(Self.plan(), Self.plan().replacingPresent("days: 5", with: "days: 6")).json()
        #expect(Self.rawUnsafe(in: diff).isEmpty, "\(Self.rawUnsafe(in: diff))")
        let old = try #require(try Self.object(diff)["old"] as? [String: Any])
        #expect(old["district"] as? String == Self.name)
    }

    @Test func diagnosticJSONEscapesC1BidiAndSeparators() throws {
        let json = DiagnosticJSON.encode([.error(english: "found '\(Self.name)'", at: nil)])
        #expect(Self.rawUnsafe(in: json).isEmpty, "\(Self.rawUnsafe(in: json))")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(decoded.first?["message"] as? String == "found '\(Self.name)'")
    }

    @Test func planFormatJSONPrintsNoRawC1OrBidiControl() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.plan().write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["plan", "--format", "json", "plan.yaml"], ["status", "--format", "json", "plan.yaml"]] {
            let run = try CommandLineTests().run(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(Self.rawUnsafe(in: run.stdout + run.stderr).isEmpty, "\(arguments)")
        }
        let plan = try CommandLineTests().run(["plan", "--format", "json", "plan.yaml"], in: folder)
        #expect(try Self.object(plan.stdout)["district"] as? String == Self.name)
    }
}
