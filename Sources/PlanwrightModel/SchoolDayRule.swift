/// Why a day of the school year holds no school.
package enum NoSchool: Equatable {
    case weekend(Weekday)
    /// The first closure, in file order, that covers the day.
    case closure(DateSpan)
}

/// Which days of a school year are school days: weekdays that no closure of every school takes.
///
/// The one statement of the rule: the validator words its answer as an error (a PD day or a
/// fixed start on no school day), the calendar as the days work is counted in.
package struct SchoolDayRule {
    package let year: SchoolYear
    /// Each day's closure looked up once, not every closure for every day; clipped to the year,
    /// since outside it a closure means nothing (and is reported as an error).
    package let closedDays: DaysBySpan

    /// The closures of every school: one for some schools only takes no day from the district.
    package let districtClosures: [DateSpan]

    package init(year: SchoolYear) {
        self.year = year
        districtClosures = year.closed.filter { $0.scope == nil }
        closedDays = DaysBySpan(districtClosures, first: year.start.dayNumber, last: year.end.dayNumber)
    }

    /// Why `date` holds no school, or nil on a school day. After the last day of school only
    /// weekends are off: district staff work in summer.
    package func noSchool(on date: SchoolDate) -> NoSchool? {
        if date.weekday.isWeekend { return .weekend(date.weekday) }
        return closure(on: date).map(NoSchool.closure)
    }

    /// The closure `date` falls in, if any (weekends are not closures).
    package func closure(on date: SchoolDate) -> DateSpan? {
        closedDays.span(on: date.dayNumber).map { districtClosures[$0] }
    }
}
