import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightPlanning
import PlanwrightOutputs

/// `planwright plan FILE`: the prioritized, dated plan in the terminal (or as JSON).
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the plan: priorities with reasons, then each cycle's dated milestones, then warnings.")

    @Argument(help: "The plan file.")
    var file: String

    @OptionGroup var output: FormatOption

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var allowed: AllowPathOption

    @OptionGroup var language: LanguageOption

    func run() throws { try run(wording: language.wording) }

    func run(wording: Wording) throws {
        let result = allowed.pipeline(Planner(asOf: asOf.date)).run(path: file)
        let planned = try result.plannedOrExit(wording)
        switch output.format {
        case .json: try printJSON(planned)
        case .text:
            print(PlanTextReport.render(planned, wording), terminator: "")
            let shown = planned.diagnostics
            if !shown.isEmpty { print("\n\(wording.say(Message("plan_report_warnings_and_notes")))\n" + DiagnosticPrinter(sources: result.sources, wording: wording).render(shown), terminator: "") }
        }
    }
}
