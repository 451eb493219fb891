import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The one line every command that depends on the as-of date prints near the top: the date and
/// why it is that date, so `plan`, `status` and `build` can be compared at a glance.
public enum AsOfLine {
    public static func render(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        render(plan.progress, dates: PeopleDates(plan), w)
    }

    static func render(_ progress: ProgressReport, dates: PeopleDates, _ w: Wording = .english) -> String {
        let why = progress.asOfSource.explanation(w).map { w(.asOfChooseAnother, ["why": $0]) } ?? w(.asOfGiven)
        return w(.asOfBecause, ["date": w.day(progress.asOf, in: dates), "why": why]) + "\n"
    }

    /// The same line on a printed page, without the command-line advice a reader of paper cannot take.
    static func page(_ progress: ProgressReport, dates: PeopleDates, _ w: Wording = .english) -> String {
        let date = w.day(progress.asOf, in: dates)
        return progress.asOfSource.explanation(w).map { w(.asOfBecause, ["date": date, "why": $0]) } ?? w(.asOfDate, ["date": date])
    }
}
