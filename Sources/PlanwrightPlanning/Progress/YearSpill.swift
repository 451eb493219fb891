import PlanwrightModel

/// Where unfinished work re-planned past the last day of school now ends: in the summer, or in
/// the next school year. Either way this year's plan does not hold it any more.
public enum YearSpill: String, Sendable, Codable {
    case summer
    case nextYear = "next_year"

    /// Nil when `end` is on or before the last day of school. The plan knows only this year, so
    /// next year is taken to start on this year's first day, a year on (Aug 19 for Aug 19).
    static func of(end: SchoolDate, year: SchoolYear) -> YearSpill? {
        guard end > year.end else { return nil }
        let (y, m, d) = year.start.components
        // Feb 29 has no date a year on; Mar 1 stands in.
        let nextStart = SchoolDate(year: y + 1, month: m, day: d) ?? SchoolDate(year: y + 1, month: m + 1, day: 1) ?? year.start.adding(days: 365)
        return end < nextStart ? .summer : .nextYear
    }
}
