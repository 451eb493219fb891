import PlanwrightModel

/// The school calendar as plain values, for the outputs and the comparison of two versions:
/// they read this, never the plan's `SchoolYear` or a `SchoolCalendar`.
public struct PlannedCalendar: Sendable, Equatable {
    /// A closure or testing window as written (the file position left out: the same break moved
    /// to another line is the same break).
    public struct Span: Sendable, Hashable {
        public var name: String?
        public var from: SchoolDate
        public var to: SchoolDate
    }

    public var start: SchoolDate
    public var end: SchoolDate
    public var closures: [Span]
    public var testingWindows: [Span]
    /// Whole days for staff training that are school days, in date order.
    public var pdDays: [SchoolDate]
    /// Weekdays inside the year that a closure takes, as day numbers.
    private var closedWeekdays: Set<Int>
    /// The last day work can be dated on: weekdays after the last day of school still count.
    private var lastWorkDay: Int

    init(_ calendar: SchoolCalendar) {
        let year = calendar.year
        start = year.start
        end = year.end
        closures = year.closed.map { Span(name: $0.name, from: $0.from, to: $0.to) }
        testingWindows = year.testing.map { Span(name: $0.name, from: $0.from, to: $0.to) }
        pdDays = calendar.pdDays
        // Taken from the calendar's own answer, so the two cannot disagree on a day.
        closedWeekdays = Set((year.start.dayNumber...max(year.start.dayNumber, year.end.dayNumber)).filter {
            let day = SchoolDate(dayNumber: $0)
            return !day.weekday.isWeekend && !calendar.isSchoolDay(day)
        })
        lastWorkDay = max(year.start.dayNumber, year.end.dayNumber + SchoolCalendar.summerRunway)
    }

    /// The same answer as `SchoolCalendar.isSchoolDay`: a weekday from the first day of school
    /// through the summer runway that no closure takes.
    public func isSchoolDay(_ date: SchoolDate) -> Bool {
        date.dayNumber >= start.dayNumber && date.dayNumber <= lastWorkDay && !date.weekday.isWeekend
            && !closedWeekdays.contains(date.dayNumber)
    }
}
