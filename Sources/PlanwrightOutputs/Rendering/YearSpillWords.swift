import PlanwrightModel
import PlanwrightPlanning

/// Unfinished work re-planned past the last day of school, in words: `status`, the progress
/// section of the handouts and `diff` say it the same way.
extension YearSpill {
    /// "into the summer", "into next school year".
    var into: String {
        switch self {
        case .summer: "into the summer"
        case .nextYear: "into next school year"
        }
    }

    /// "Spills into the summer: it now ends after the last day of school, Fri, May 21."
    func sentence(lastDay: SchoolDate, dates: PeopleDates) -> String {
        "Spills \(into): it now ends after the last day of school, \(dates.day(lastDay))."
    }
}
