import ArgumentParser
import Foundation
import PlanwrightKit

extension PlanPipeline.Result {
    /// The planned result; or, when the plan has errors, every problem printed like `check`
    /// prints them and the exit code that fits (1 for errors, 2 for an unreadable file).
    func plannedOrExit() throws -> ImprovementPlan {
        if let planned = improvementPlan, !hasErrors { return planned }
        let printer = DiagnosticPrinter(sources: sources)
        FileHandle.standardError.write(Data((printer.render(diagnostics) + DiagnosticSummary.line(diagnostics, files: 1)).utf8))
        throw ExitCode(unreadable ? ExitStatus.usage : ExitStatus.planErrors)
    }
}
