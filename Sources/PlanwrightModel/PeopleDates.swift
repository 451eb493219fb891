import PlanwrightDocument

/// Dates as people read them, for every output meant for people (handouts, the district plan,
/// calendar titles, the terminal, the diff, and the planner's own sentences about progress): "Tue, Jan 19", a span "Tue, Jan 19 – Fri, Jan 22".
/// The year is added ("Tue, Jan 19, 2027") only to a date outside the plan's school year, where
/// the weekday and month alone could be misread. ISO dates stay in CSV, JSON and diagnostics,
/// which are read by programs or quote the plan file. It lives with the model's dates so the
/// planner writes its reasons ("was to end on Tue, Jan 19") the way every output does.
///
/// Names are written here rather than by a locale: output is the same bytes on every machine.
package struct PeopleDates: Sendable {
    /// The school year the plan covers; a date in it is written without its year.
    let year: ClosedRange<SchoolDate>

    package init(year: ClosedRange<SchoolDate>) { self.year = year }

    /// The dates of a plan's school year.
    package init(_ year: SchoolYear) { self.init(year: year.start...max(year.start, year.end)) }

    package static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    package static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Tue, Jan 19", or "Tue, Jan 19, 2027" outside the school year.
    package func day(_ date: SchoolDate) -> String {
        needsYear(date) ? Self.dated(date) : Self.short(date)
    }

    /// The same day for a message, worded in the reader's language ("mar 19 ene").
    package func value(_ date: SchoolDate) -> Message.Value {
        let (_, month, day) = date.components
        return .day(weekday: date.weekday.rawValue, month: month, day: day, year: needsYear(date) ? date.yearText : nil)
    }

    /// Whether a date is written with its year: outside the school year, where the weekday and
    /// month alone could be misread. Every language decides it this one way.
    package func needsYear(_ date: SchoolDate) -> Bool { !year.contains(date) }

    /// The school year itself, "Mon, Aug 24, 2026 – Fri, Jun 11, 2027": the one span that says
    /// which year every other date (written without one) belongs to.
    package var schoolYear: String { "\(Self.dated(year.lowerBound)) – \(Self.dated(year.upperBound))" }

    private static func short(_ date: SchoolDate) -> String {
        let (_, month, day) = date.components
        return "\(weekdays[date.weekday.rawValue]), \(months[month - 1]) \(day)"
    }

    private static func dated(_ date: SchoolDate) -> String { "\(short(date)), \(date.yearText)" }

    /// "Tue, Jan 19 – Fri, Jan 22"; one day when the span is a single day. Always both days in
    /// full, so every span in every output reads the same way.
    package func span(_ first: SchoolDate, _ last: SchoolDate) -> String {
        first == last ? day(first) : "\(day(first)) – \(day(last))"
    }
}
