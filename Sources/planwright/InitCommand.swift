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

    func run() throws {
        let wording = language.wording
        if let from { return try rollOver(from: from) }
        // The framework is named here by the user, not by a plan: any folder of theirs will do.
        let result = NewPlan(frameworks: FrameworkLibrary(access: .commandLine)).write(to: file, framework: framework, district: district)
        let printer = DiagnosticPrinter(sources: result.sources, wording: wording)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let written = result.framework else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        let count = written.indicators.count
        // The framework's name comes from its file: cleaned, like every value printed (`TerminalText`).
        let file = TerminalText.clean(file)
        print(wording.say(Message("cli_init_wrote", count: count, ["file": .text(file), "framework": .text(TerminalText.clean(written.name))])))
        print(wording.say(Message("cli_init_next", ["file": .text(file)])))
    }

    private func rollOver(from last: String) throws {
        guard framework == "edtech-systems", district == nil else {
            throw ValidationError("--from carries last year's framework and district; leave out --framework and --district")
        }
        let wording = language.wording
        let result = NewPlan(frameworks: FrameworkLibrary(access: allowed.access)).rollOver(from: last, to: file)
        let printer = DiagnosticPrinter(sources: result.sources, wording: wording)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let summary = result.summary else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        let file = TerminalText.clean(file)
        print(wording.say(Message("cli_init_rolled_over", ["file": .text(file), "to": .text("\(summary.to)"), "from": .text("\(summary.from)"),
                                                           "carried": .text(Self.words(summary, wording))])))
        print(wording.say(Message("cli_init_rolled_over_next", ["file": .text(file)])))
    }

    /// "3 milestones done left behind, 2 carried over, 1 rating raised, 2 framework steps recorded as done".
    /// The parts are joined by commas in every language: a tally, not a sentence's "a, b and c".
    static func words(_ s: NewPlan.Summary, _ wording: Wording) -> String {
        var parts = [Message("cli_init_milestones_left_behind", count: s.milestonesLeftBehind),
                     Message("cli_init_milestones_carried", count: s.milestonesCarried)]
        if s.goalsLeftBehind > 0 { parts.append(Message("cli_init_goals_left_behind", count: s.goalsLeftBehind)) }
        parts.append(Message("cli_init_ratings_raised", count: s.ratingsRaised))
        if s.stepsDone > 0 { parts.append(Message("cli_init_steps_done", count: s.stepsDone)) }
        return parts.map { wording.say($0) }.joined(separator: ", ")
    }
}
