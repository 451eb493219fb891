import PlanwrightModel

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
    /// Which days of the year are school days; closures by day of the year, clipped to it.
    private let rule: SchoolDayRule
    /// Testing windows of every school by day of the year, each clipped to the year.
    private let testingDays: DaysBySpan
    public let pdDays: [SchoolDate]
    public let earlyReleaseDays: [SchoolDate]
    /// Days an early release would fall on that are PD days, so are PD days only.
    public let earlyReleaseOnPDDays: [SchoolDate]

    /// Days visited and spans read to build the calendar: a test checks it grows with days
    /// plus closures, not with their product.
    let constructionSteps: Int

    /// Weekdays after the last day of school that can still hold work (two more years).
    static let summerRunway = 2 * 366

    /// What closures and testing windows scoped to some schools take from those schools.
    public let schoolDays: SchoolScopedDays
    /// Testing windows for every school, in the order written.
    private let districtTesting: [DateSpan]

    /// `schools` resolve closures and testing windows scoped by grades to the schools teaching them.
    public init(year: SchoolYear, schools: [School] = []) {
        self.year = year
        schoolDays = SchoolScopedDays(year: year, schools: schools)
        districtTesting = year.testing.filter { $0.scope == nil }
        // An inverted year is an error reported by the decoder; it must not trap here.
        let first = year.start.dayNumber, last = max(first, year.end.dayNumber + Self.summerRunway)
        // Linear in days plus spans however many closures overlap; outside the year they mean
        // nothing (and are reported as errors), so they are clipped to it.
        let rule = SchoolDayRule(year: year)
        let testing = DaysBySpan(districtTesting, first: first, last: year.end.dayNumber)
        // PD days from the month before the first day: pre-service days are staff days too.
        let pdFirst = year.preServiceStart.dayNumber
        // A PD day for some schools (the high schools' rating day) is theirs alone: `schoolDays`.
        let pd = DaysBySpan(year.pdDays.filter { $0.scope == nil }, first: pdFirst, last: year.end.dayNumber)
        var days: [Int] = []
        days.reserveCapacity((last - first) * 5 / 7 + 1)
        var next = [Int32](repeating: 0, count: last - first + 2)
        for day in first...last {
            if rule.noSchool(on: SchoolDate(dayNumber: day)) == nil { days.append(day) }
        }
        var index = 0
        for day in first...(last + 1) {
            while index < days.count, days[index] < day { index += 1 }
            next[day - first] = Int32(index)
        }
        self.days = days
        self.nextSchoolDay = next
        self.first = first
        self.rule = rule
        self.testingDays = testing
        // In date order, each day once even where PD spans overlap.
        self.pdDays = pd.owner.indices.filter { pd.owner[$0] >= 0 }.map { SchoolDate(dayNumber: pdFirst + $0) }
            .filter { $0 < year.start ? year.isPreService($0) : rule.noSchool(on: $0) == nil }
        constructionSteps = rule.closedDays.steps + testing.steps + pd.steps + (last - first + 1)
        var early: [SchoolDate]
        switch year.earlyRelease {
        case .none: early = []
        case let .dates(dates): early = dates
        case let .weekly(weekday):
            early = days.lazy.map(SchoolDate.init(dayNumber:)).filter { $0.weekday == weekday && $0 <= year.end }
        }
        // The plan's dated additions and an imported calendar's early dismissals join the weekly
        // days, each day once; the plan's exceptions take days out of the weekly rule only.
        let except = Set(year.earlyReleaseExcept.map(\.value))
        early = early.filter { !except.contains($0) }
        let added = year.earlyReleaseAdded + year.addedEarlyRelease.map(\.value)
        // A day is a PD day or an early release, not both: a PD day gives the whole day to
        // training, so a weekly "Early Out" falling on one is not an early release that day.
        let pdDaySet = Set(pdDays)
        earlyReleaseDays = Set(early + added).filter { !pdDaySet.contains($0) }.sorted()
        earlyReleaseOnPDDays = Set(early + added).filter { pdDaySet.contains($0) }.sorted()
    }

    /// Number of school days from the first day of school to the last.
    public var schoolDayCount: Int { index(onOrAfter: year.end.adding(days: 1)) }

    /// School days with students: the school days of the year that are not PD days. The figure
    /// a state's minimum is checked against.
    public var instructionalDayCount: Int {
        schoolDayCount - pdDays.lazy.filter { $0 >= year.start && $0 <= year.end }.count
    }

    /// The index of the first school day on or after `date` (before the year: the first day).
    /// Past the runway weekdays are counted on, as `date(at:)` counts them, so an as-of date years
    /// later (`status --as-of 2100-01-01`) re-plans work from that date, not from the runway's end.
    public func index(onOrAfter date: SchoolDate) -> Int {
        let offset = date.dayNumber - first
        if offset < 0 { return 0 }
        if offset >= nextSchoolDay.count {
            guard let last = days.last, date.dayNumber > last else { return days.count }
            return days.count + Self.weekdays(after: last, before: date.dayNumber)
        }
        return Int(nextSchoolDay[offset])
    }

    /// How many weekdays lie strictly between two day numbers.
    static func weekdays(after start: Int, before end: Int) -> Int {
        let span = end - start - 1
        guard span > 0 else { return 0 }
        var count = span / 7 * 5
        var day = SchoolDate(dayNumber: start + span / 7 * 7)
        for _ in 0..<(span % 7) {
            day = day.adding(days: 1)
            if !day.weekday.isWeekend { count += 1 }
        }
        return count
    }

    /// The school day at an index; past the runway, weekdays are counted on.
    public func date(at index: Int) -> SchoolDate {
        if index < days.count { return SchoolDate(dayNumber: days[max(0, index)]) }
        var date = SchoolDate(dayNumber: days.last ?? first)
        var remaining = index - days.count + 1
        // Whole weeks at once (five weekdays in any seven days): an index decades ahead is not
        // millions of steps.
        let weeks = max(0, (remaining - 1) / 5)
        date = date.adding(days: weeks * 7)
        remaining -= weeks * 5
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
        switch rule.noSchool(on: date) {
        case nil: nil
        case let .weekend(day): day.name.capitalized
        case let .closure(span): span.closureName
        }
    }

    /// The closure `date` falls in, if any (weekends are not closures).
    public func closureSpan(on date: SchoolDate) -> DateSpan? { rule.closure(on: date) }

    /// Whether `date` is a PD day before the first day of school: staff work, students do not.
    public func isPreService(_ date: SchoolDate) -> Bool { date < year.start && preServiceDays.contains(date) }

    /// The PD days before the first day of school, in date order.
    public var preServiceDays: ArraySlice<SchoolDate> { pdDays.prefix { $0 < year.start } }

    public func isTesting(_ date: SchoolDate) -> Bool { testingDays.span(on: date.dayNumber) != nil }

    /// The testing window around `date`, for messages.
    public func testingWindow(containing date: SchoolDate) -> DateSpan? { testingDays.span(on: date.dayNumber).map { districtTesting[$0] } }
}
