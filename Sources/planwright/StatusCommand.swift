import ArgumentParser
import Foundation
import PlanwrightModel
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

    /// Unlike `plan` and `build`, `status` defaults to today: it answers "where are we now?".
    @Option(name: .customLong("as-of"), help: "The date to report on, written YYYY-MM-DD (default: today).")
    var asOf: String?

    @OptionGroup var output: FormatOption

    @OptionGroup var allowed: AllowPathOption

    func validate() throws { try AsOfOption(text: asOf).validate() }

    func run() throws {
        let date = AsOfOption(text: asOf).date ?? Self.today()
        let result = allowed.pipeline(Planner(asOf: date)).run(path: file)
        let planned = try result.plannedOrExit()
        switch output.format {
        case .json: try printJSON(planned.progress)
        case .text: print(ProgressTextReport.render(planned), terminator: "")
        }
    }
}

extension StatusCommand {
    /// Today in the machine's time zone: the date a leader running the command means.
    static func today() -> SchoolDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return SchoolDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
