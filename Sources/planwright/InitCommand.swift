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

    func run() throws {
        if let from { return try rollOver(from: from) }
        // The framework is named here by the user, not by a plan: any folder of theirs will do.
        let result = NewPlan(frameworks: FrameworkLibrary(access: .commandLine)).write(to: file, framework: framework, district: district)
        let printer = DiagnosticPrinter(sources: result.sources)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let written = result.framework else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        let count = written.indicators.count
        // The framework's name comes from its file: cleaned, like every value printed (`TerminalText`).
        let file = TerminalText.clean(file)
        print("wrote \(file): \(count) indicator\(count == 1 ? "" : "s") of \(TerminalText.clean(written.name)) to rate, and the district, year, people and goals to fill in")
        print("fill in the empty values, then run: planwright check \(file)")
    }

    private func rollOver(from last: String) throws {
        guard framework == "edtech-systems", district == nil else {
            throw ValidationError("--from carries last year's framework and district; leave out --framework and --district")
        }
        let result = NewPlan(frameworks: FrameworkLibrary(access: allowed.access)).rollOver(from: last, to: file)
        let printer = DiagnosticPrinter(sources: result.sources)
        FileHandle.standardError.write(Data(printer.render(result.diagnostics).utf8))
        guard let summary = result.summary else {
            throw ExitCode(result.isUsageError ? ExitStatus.usage : ExitStatus.planErrors)
        }
        let file = TerminalText.clean(file)
        print("wrote \(file): \(summary.to) from \(summary.from); " + Self.words(summary))
        print("check the calendar's dates and the new baseline, then run: planwright check \(file)")
    }

    /// "3 milestones done left behind, 2 carried over, 1 rating raised, 2 framework steps recorded as done".
    static func words(_ s: NewPlan.Summary) -> String {
        var parts = ["\(Plural.count(s.milestonesLeftBehind, "finished milestone")) left behind",
                     "\(Plural.count(s.milestonesCarried, "unfinished milestone")) carried over"]
        if s.goalsLeftBehind > 0 { parts.append("\(Plural.count(s.goalsLeftBehind, "finished goal")) left behind") }
        parts.append("\(Plural.count(s.ratingsRaised, "rating")) raised")
        if s.stepsDone > 0 { parts.append("\(Plural.count(s.stepsDone, "framework step")) recorded as done") }
        return parts.joined(separator: ", ")
    }
}
