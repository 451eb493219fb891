import PlanwrightModel

/// The plan's improvement cycles as date ranges on school days.
enum CycleDivider {
    /// A count splits the year's school days evenly (about 90 days each for three);
    /// named ranges are taken as written.
    static func cycles(of year: SchoolYear, calendar: SchoolCalendar) -> [PlannedCycle] {
        switch year.cycles {
        case let .spans(spans):
            return spans.enumerated().map { offset, span in
                let first = calendar.index(onOrAfter: span.from), last = calendar.index(onOrAfter: span.to.adding(days: 1)) - 1
                return PlannedCycle(number: offset + 1, name: span.name.map(CycleName.written) ?? .numbered(offset + 1),
                                    start: calendar.date(at: first), end: calendar.date(at: max(first, last)),
                                    schoolDays: max(0, last - first + 1))
            }
        case let .count(count):
            let total = calendar.schoolDayCount
            return (0..<count).map { n in
                let first = total * n / count, last = total * (n + 1) / count - 1
                return PlannedCycle(number: n + 1, name: .numbered(n + 1), start: calendar.date(at: first),
                                    end: calendar.date(at: max(first, last)), schoolDays: max(0, last - first + 1))
            }
        }
    }
}
