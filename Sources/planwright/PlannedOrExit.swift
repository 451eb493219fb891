import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightPlanning

extension PlanPipeline.Result {
    /// The planned result; or, when the plan has errors, every problem printed like `check`
    /// prints them (in `wording`'s language) and the exit code that fits (1 for errors, 2 for an unreadable file).
    func plannedOrExit(_ wording: Wording = .english) throws -> ImprovementPlan {
        if let planned = value.improvementPlan, !hasErrors { return planned }
        try exitPrintingProblems(diagnostics, DiagnosticPrinter(sources: sources, wording: wording), files: 1, unreadable: value.unreadable)
    }
}

/// Every problem printed like `check` prints them, then the count line (and `after` it, such
/// as what was not written), and the exit code that fits: 2 when a file could not be read, else 1.
/// Every command that stops on plan errors stops this one way. The count line is in the printer's language.
func exitPrintingProblems(_ problems: [Diagnostic], _ printer: DiagnosticPrinter, files: Int, unreadable: Bool, after: String = "") throws -> Never {
    FileHandle.standardError.write(Data((printer.render(problems) + DiagnosticSummary.line(problems, files: files, wording: printer.wording) + after).utf8))
    throw ExitCode(unreadable ? ExitStatus.usage : ExitStatus.planErrors)
}

/// "planwright: error: …" on standard error, and the exit code: for a failure that is not a
/// problem in the plan (a folder that cannot be written, a revision git does not know).
/// The message is printed as given; text from outside Planwright is cleaned by the caller.
func exitWithError(_ message: String, status: Int32) throws -> Never {
    FileHandle.standardError.write(Data("planwright: error: \(message)\n".utf8))
    throw ExitCode(status)
}
