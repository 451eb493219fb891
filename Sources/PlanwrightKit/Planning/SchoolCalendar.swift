/// The school year as days: which are school days, and what each other day is.
///
/// Work is counted in school days: weekdays from the first to the last day of school
/// that are not closed. After the last day of school, weekdays still count (district
/// staff work in summer), so a late plan gets real dates and a warning, not a failure.
public struct SchoolCalendar: Sendable {
    public let year: SchoolYear
    /// School days in order, as day numbers.
    private let days: [Int]
    /// For each calendar day from `first`, the index in `days` of the first school day on or after it.
    private let nextSchoolDay: [Int32]
    private let first: Int
    private let closures: [Int: String]
    private let testingDays: Set<Int>
    public let pdDays: [SchoolDate]
    public let earlyReleaseDays: [SchoolDate]

    /// Weekdays after the last day of school that can still hold work (two more years).
    static let summerRunway = 2 * 366

    public init(year: SchoolYear) {
        self.year = year
        var closures: [Int: String] = [:]
        for span in year.closed {
            for day in span.from.dayNumber...span.to.dayNumber where closures[day] == nil {
                closures[day] = span.name ?? "a closed day"
            }
        }
        var testing = Set<Int>()
        for span in year.testing { for day in span.from.dayNumber...span.to.dayNumber { testing.insert(day) } }
        let first = year.start.dayNumber, last = year.end.dayNumber + Self.summerRunway
        var days: [Int] = []
        days.reserveCapacity((last - first) * 5 / 7 + 1)
        var next = [Int32](repeating: 0, count: last - first + 2)
        for day in first...last {
            let date = SchoolDate(dayNumber: day)
            let closed = day <= year.end.dayNumber && closures[day] != nil
            if !date.weekday.isWeekend && !closed { days.append(day) }
        }
        var index = 0
        for day in first...(last + 1) {
            while index < days.count, days[index] < day { index += 1 }
            next[day - first] = Int32(index)
        }
        self.days = days
        self.nextSchoolDay = next
        self.first = first
        self.closures = closures
        self.testingDays = testing
        self.pdDays = year.pdDays.flatMap { span in (span.from.dayNumber...span.to.dayNumber).map(SchoolDate.init(dayNumber:)) }
            .filter { !$0.weekday.isWeekend && closures[$0.dayNumber] == nil }
        switch year.earlyRelease {
        case .none: earlyReleaseDays = []
        case let .dates(dates): earlyReleaseDays = dates.sorted()
        case let .weekly(weekday):
            earlyReleaseDays = days.lazy.map(SchoolDate.init(dayNumber:))
                .filter { $0.weekday == weekday && $0 <= year.end }
        }
    }

    /// Number of school days from the first day of school to the last.
    public var schoolDayCount: Int { index(onOrAfter: year.end.adding(days: 1)) }

    /// The index of the first school day on or after `date` (before the year: the first day).
    public func index(onOrAfter date: SchoolDate) -> Int {
        let offset = date.dayNumber - first
        if offset < 0 { return 0 }
        if offset >= nextSchoolDay.count { return days.count }
        return Int(nextSchoolDay[offset])
    }

    /// The school day at an index; past the runway, weekdays are counted on.
    public func date(at index: Int) -> SchoolDate {
        if index < days.count { return SchoolDate(dayNumber: days[max(0, index)]) }
        var date = SchoolDate(dayNumber: days.last ?? first)
        var remaining = index - days.count + 1
        while remaining > 0 {
            date = date.adding(days: 1)
            if !date.weekday.isWeekend { remaining -= 1 }
        }
        return date
    }

    public func isSchoolDay(_ date: SchoolDate) -> Bool {
        let i = index(onOrAfter: date)
        return i < days.count && days[i] == date.dayNumber
    }

    /// Why `date` holds no work: "Saturday", "Winter break"; nil on a school day.
    public func closure(on date: SchoolDate) -> String? {
        if date.weekday.isWeekend { return date.weekday.name.capitalized }
        if date <= year.end, let name = closures[date.dayNumber] { return name }
        return nil
    }

    public func isTesting(_ date: SchoolDate) -> Bool { testingDays.contains(date.dayNumber) }

    /// The testing window around `date`, for messages.
    public func testingWindow(containing date: SchoolDate) -> DateSpan? { year.testing.first { $0.contains(date) } }
}
