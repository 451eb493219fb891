import ArgumentParser
import PlanwrightPlanning
import PlanwrightOutputs

/// `planwright status FILE [--as-of DATE]`: each milestone done, on track, late or at risk,
/// unfinished work re-planned from the date, and each measure against its target.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Report progress on a date: milestones done, on track, late or at risk, and each measure's trend.")

    @Argument(help: "The plan file.")
    var file: String

    @OptionGroup var asOf: AsOfOption

    @OptionGroup var output: FormatOption

    @OptionGroup var allowed: AllowPathOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let result = allowed.pipeline(Planner(asOf: asOf.date)).run(path: file)
        let planned = try result.plannedOrExit(language.wording)
        switch output.format {
        case .json: try printJSON(StatusJSON(planned))
        case .text: print(ProgressTextReport.render(planned, language.wording), terminator: "")
        }
    }
}
