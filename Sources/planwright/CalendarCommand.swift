import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightPlanning
import PlanwrightOutputs

/// `planwright calendar FILE`: the school year as the planner sees it, for a leader to check
/// against the board-approved calendar before anything is scheduled on it.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Print the school year as the planner sees it: instructional days, each closure, PD day, testing window and early release, with where each was written.")

    @Argument(help: "The plan file.")
    var file: String

    @OptionGroup var output: FormatOption

    @OptionGroup var allowed: AllowPathOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let result = allowed.pipeline(Planner()).run(path: file)
        let planned = try result.plannedOrExit(language.wording)
        switch output.format {
        case .json: try printJSON(planned.schoolYear)
        case .text: print(SchoolYearTextReport.render(planned, language.wording), terminator: "")
        }
    }
}
