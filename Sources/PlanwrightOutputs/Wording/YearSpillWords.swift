import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Unfinished work re-planned past the last day of school, in words: `status`, the progress
/// section of the handouts and `diff` say it the same way.
extension YearSpill {
    /// "into the summer", "into next school year".
    func into(_ w: Wording = .english) -> String {
        switch self {
        case .summer: w(.spillIntoSummer)
        case .nextYear: w(.spillIntoNextYear)
        }
    }

    /// "Spills into the summer: it now ends after the last day of school, Fri, May 21."
    func sentence(lastDay: SchoolDate, dates: PeopleDates, _ w: Wording = .english) -> String {
        w(.spillSentence, ["into": into(w), "day": w.day(lastDay, in: dates)])
    }
}
