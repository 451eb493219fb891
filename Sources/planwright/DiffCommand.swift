import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightPlanning
import PlanwrightComparison
import PlanwrightOutputs

/// `planwright diff OLD NEW` or `planwright diff --since REV FILE`: what changed between two
/// versions of a plan, once both are planned, for a pull request or a staff email.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a plan: moved milestones and why, priorities, assessment, training and champions, pilot groups, budget and surveys.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @Argument(help: "OLD and NEW plan files; with --since, one plan file.")
    var files: [String]

    @Option(help: "Compare the plan file with its version at this git revision (a commit, branch or tag, such as HEAD~1 or main).")
    var since: String?

    @Option(help: "How to print the changes: markdown (for a pull request or an email) or json.")
    var format: Format = .markdown

    @OptionGroup var allowed: AllowPathOption

    @OptionGroup var language: LanguageOption

    /// Our own usage errors, in the chosen language; ArgumentParser's own (an unknown option,
    /// its usage and help) stay in English, as it writes them.
    func validate() throws {
        if since != nil, files.count != 1 { throw ValidationError(language.wording.say(Message("diff_since_needs_one_file"))) }
        if since == nil, files.count != 2 { throw ValidationError(language.wording.say(Message("diff_needs_two_files"))) }
    }

    func run() throws {
        let pipeline = allowed.pipeline()
        let newFile = files[files.count - 1]
        let oldFile = since.map { "\(newFile) (at \($0))" } ?? files[0]
        let old: PlanPipeline.Result
        if let since {
            switch pipeline.run(path: newFile, at: since) {
            case let .success(result): old = result
            case let .failure(failure):
                try exitWithError(TerminalText.clean(GitSnapshotWords.message(failure, language.wording)), status: ExitStatus.usage)
            }
        } else {
            old = pipeline.run(path: files[0])
        }
        let new = pipeline.run(path: newFile)
        guard let oldPlanned = old.improvementPlan, let newPlanned = new.improvementPlan, !old.hasErrors, !new.hasErrors else {
            try fail(old, new)
        }
        let diff = PlanDiffer().diff(PlanDiffer.Side(planned: oldPlanned, file: oldFile), PlanDiffer.Side(planned: newPlanned, file: newFile))
        if format == .json { try printJSON(diff) } else { print(PlanDiffMarkdown.render(diff, language.wording), terminator: "") }
    }

    /// Like `check`: every problem in both versions, then the count; nothing is compared.
    private func fail(_ results: PlanPipeline.Result...) throws -> Never {
        let problems = results.flatMap { $0.diagnostics.filter { $0.severity != .note } }
        try exitPrintingProblems(problems, DiagnosticPrinter(sources: results.flatMap(\.sources), wording: language.wording), files: 2, unreadable: results.contains { $0.unreadable })
    }
}
