import PlanwrightModel
import PlanwrightPlanning

/// The one line every command that depends on the as-of date prints near the top: the date and
/// why it is that date, so `plan`, `status` and `build` can be compared at a glance.
public enum AsOfLine {
    public static func render(_ plan: ImprovementPlan) -> String {
        render(plan.progress, dates: PeopleDates(plan))
    }

    static func render(_ progress: ProgressReport, dates: PeopleDates) -> String {
        let why = progress.asOfSource.explanation.map { "\($0); --as-of DATE to choose another" } ?? "given by --as-of"
        return "As of \(dates.day(progress.asOf)) (\(why))\n"
    }

    /// The same line on a printed page, without the command-line advice a reader of paper cannot take.
    static func page(_ progress: ProgressReport, dates: PeopleDates) -> String {
        "As of \(dates.day(progress.asOf))" + (progress.asOfSource.explanation.map { " (\($0))" } ?? "")
    }
}
