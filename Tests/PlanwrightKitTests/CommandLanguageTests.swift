import Foundation
import Testing
@testable import PlanwrightDocument

/// `--language CODE` on every command that prints diagnostics or terminal text: the problems,
/// the count line and the command's own lines come from that language's strings file. For
/// `build` it is the terminal's language; `--languages` chooses the family pages' languages.
struct CommandLanguageTests {
    func run(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests().run(arguments, in: GoodPlanTests.packageRoot)
    }

    static var badPlan: String { Fixtures.url("bad/unknown-key-suggestion.yaml").path }

    @Test func checkPrintsProblemsAndTheCountLineInSpanish() throws {
        let result = try run(["check", "--language", "es", Self.badPlan])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: clave desconocida 'mielstones' en "), "\(result.stderr)")
        #expect(result.stderr.contains("¿quiso decir 'milestones'?"))
        #expect(result.stderr.hasSuffix("1 error, 0 advertencias en 1 archivo\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("unknown key"))
        let english = try run(["check", Self.badPlan])
        #expect(english.stderr.hasSuffix("1 error, 0 warnings in 1 file\n"))
    }

    @Test func checkAsJSONInSpanish() throws {
        let result = try run(["check", "--format", "json", "--language", "es", Self.badPlan])
        #expect(result.status == 1)
        #expect(result.stdout.contains("clave desconocida 'mielstones'"))
        #expect(!result.stdout.contains("unknown key"), "\(result.stdout)")
    }

    @Test func theCountLineIsWordedByTheLanguagesPluralRule() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let warning = Diagnostic(.warning, at: nil, Message("diagnostic_listed_once_for_alias"))
        let error = Diagnostic(.error, at: nil, Message("diagnostic_listed_once_for_alias"))
        #expect(DiagnosticSummary.line([], files: 1) == "no problems in 1 file\n")
        #expect(DiagnosticSummary.line([error, error, warning], files: 2) == "2 errors, 1 warning in 2 files\n")
        #expect(DiagnosticSummary.line([], files: 1, wording: spanish) == "ningún problema en 1 archivo\n")
        #expect(DiagnosticSummary.line([error, error, warning], files: 2, wording: spanish) == "2 errores, 1 advertencia en 2 archivos\n")
    }

    @Test func planCalendarAndBuildStopOnErrorsInSpanish() throws {
        for command in [["plan"], ["calendar"], ["build", "--out", FileManager.default.temporaryDirectory.appendingPathComponent("frame-\(UUID().uuidString)").path]] {
            let result = try run(command + ["--language", "es", Self.badPlan])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("clave desconocida 'mielstones'"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("1 error, 0 advertencias en 1 archivo\n"), "\(command)")
        }
        let build = try run(["build", "--out", "/tmp/frame-nowhere", "--language", "es", Self.badPlan])
        #expect(build.stderr.hasSuffix("no se escribió nada en /tmp/frame-nowhere\n"))
    }

    @Test func planPrintsItsScheduleInSpanish() throws {
        let result = try run(["plan", "--language", "es", "Plans/maple-valley.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ADVERTENCIAS Y NOTAS"))
        #expect(!result.stdout.contains("WARNINGS AND NOTES"))
        let english = try run(["plan", "Plans/maple-valley.yaml"])
        #expect(english.stdout.contains("WARNINGS AND NOTES"))
        #expect(english.stdout != result.stdout)
    }

    @Test func initSpeaksSpanish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frame-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml").path
        let wrote = try run(["init", "--language", "es", plan])
        #expect(wrote.status == 0)
        #expect(wrote.stdout.hasPrefix("se escribió \(plan): "), "\(wrote.stdout)")
        #expect(wrote.stdout.contains("complete los valores vacíos y luego ejecute: planwright check \(plan)\n"))
        let again = try run(["init", "--language", "es", plan])
        #expect(again.status == 2)
        #expect(again.stderr.contains("ya existe; init nunca sobrescribe un plan"))
    }

    @Test func anUnknownLanguageIsWrongUsageBeforeAnyPlanIsRead() throws {
        let missing = "no-such-plan-\(UUID().uuidString).yaml"
        for command in [["check", missing], ["plan", missing], ["calendar", missing], ["init", missing], ["build", "--out", "/tmp/frame-nowhere", missing]] {
            let result = try run(command + ["--language", "xx"])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("--language xx: there are no words for the language 'xx'"), "\(command): \(result.stderr)")
            // Said before the plan is looked for: nothing about the missing file.
            #expect(!result.stderr.contains(missing), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: GoodPlanTests.packageRoot.appendingPathComponent(missing).path))
    }

    @Test func buildsHelpKeepsTheTwoLanguageOptionsApart() throws {
        let help = try run(["build", "--help"])
        #expect(help.stdout.contains("--languages <codes>"))
        #expect(help.stdout.contains("--language <code>"))
        // ArgumentParser wraps help text: compare it with its line breaks and indents folded.
        let folded = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("(the pages, not the terminal: see --language)"))
    }
}
