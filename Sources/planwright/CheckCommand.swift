import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightOutputs
import PlanwrightModel

/// `planwright check FILE...`: reports every problem in the plans, changes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check plan files and report every problem, with its line and column.")

    @Argument(help: "Plan files to check.")
    var files: [String]

    @OptionGroup var output: FormatOption

    @OptionGroup var allowed: AllowPathOption

    @Option(help: "Also check a folder of templates that replace the built-in ones, against each plan.")
    var templates: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let wording = language.wording
        let pipeline = allowed.pipeline()
        var all: [Diagnostic] = []
        var printer = DiagnosticPrinter(wording: wording)
        var unreadable = false
        // Templates are read once, and their own problems reported once, however many plans.
        let loaded = templates.map { TemplatesOption(templates: $0).load() }
        if let loaded {
            loaded.sources.forEach { printer.add($0) }
            all += loaded.diagnostics
        }
        for file in files {
            let result = pipeline.run(path: file)
            result.sources.forEach { printer.add($0) }
            // Notes (such as a pilot the planner added) belong to `plan`; check reports problems.
            all += result.diagnostics.filter { $0.severity != .note }
            unreadable = unreadable || result.unreadable
            if let set = loaded?.templates, let planned = result.improvementPlan {
                // Render to nowhere: a name no context of this plan's views has is found here.
                all += HandoutRenderer(templates: set).render(planned).diagnostics
            }
        }
        switch output.format {
        case .json: print(DiagnosticJSON.encode(all, wording: wording), terminator: "")
        case .text:
            FileHandle.standardError.write(Data(printer.render(all).utf8))
            FileHandle.standardError.write(Data(DiagnosticSummary.line(all, files: files.count, wording: wording).utf8))
        }
        if unreadable { throw ExitCode(ExitStatus.usage) }
        if all.hasErrors { throw ExitCode(ExitStatus.planErrors) }
    }
}
