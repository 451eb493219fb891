import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightModel
import PlanwrightAuthoring

/// `planwright init FILE`: a new plan to fill in, from a framework. Never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new plan file to fill in: every section explained, every indicator of the framework listed for rating.")

    @Argument(help: "The plan file to write; it must not exist yet.")
    var file: String

    @Option(help: "The framework to rate against: a built-in name, or the path to a framework file.")
    var framework = "edtech-systems"

    @Option(help: "The district's name, filled in for you.")
    var district: String?

    func run() throws {
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
}
