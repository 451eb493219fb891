import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightModel
import PlanwrightAuthoring

/// `planwright init FILE`: a new plan to fill in, from a framework; `init FILE --from LAST`:
/// next year's plan from this year's. Never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new plan file to fill in: every section explained, every indicator of the framework listed for rating; or, with --from, next year's plan from this year's.")

    @Argument(help: "The plan file to write; it must not exist yet.")
    var file: String

    @Option(help: "The framework to rate against: a built-in name, or the path to a framework file.")
    var framework = "edtech-systems"

    @Option(help: "The district's name, filled in for you.")
    var district: String?

    @Option(help: "Last year's plan: next year's starts from it, finished work left behind, unfinished work carried over, its results the new baseline.")
    var from: String?

    @OptionGroup var allowed: AllowPathOption

    @OptionGroup var language: LanguageOption

    func run() throws { try run(wording: language.wording) }

    /// The new plan written, the lines saying so worded in `wording`.
    func run(wording: Wording) throws {
        if let from { return try rollOver(from: from, wording: wording) }
        // The framework is named here by the user, not by a plan: any folder of theirs will do.
        let result = NewPlan(frameworks: FrameworkLibrary(access: .commandLine)).write(to: file, framework: framework, district: district)
        let printer = DiagnosticPrinter(sources: result.sources, wording: wording)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let written = result.framework else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        // The framework's name comes from its file: cleaned, like every value printed (`TerminalText`).
        let file = TerminalText.clean(file)
        print(wording.say(Message("init_wrote_plan", count: written.indicators.count, ["file": .text(file), "framework": .text(TerminalText.clean(written.name))])))
        print(wording.say(Message("init_then_check", ["file": .text(file)])))
    }

    private func rollOver(from last: String, wording: Wording) throws {
        guard framework == "edtech-systems", district == nil else {
            throw ValidationError(wording.say(Message("init_from_with_framework")))
        }
        let result = NewPlan(frameworks: FrameworkLibrary(access: allowed.access)).rollOver(from: last, to: file)
        let printer = DiagnosticPrinter(sources: result.sources, wording: wording)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let summary = result.summary else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        let file = TerminalText.clean(file)
        print(wording.say(Message("init_rolled_over", ["file": .text(file), "to": .text(summary.to.description), "from": .text(summary.from.description), "summary": .message(summary.tally)])))
        print(wording.say(Message("init_rollover_then_check", ["file": .text(file)])))
    }
}
