import PlanwrightModel
/// The dates an RRULE gives, by RFC 5545's recipe: each period (day, week, month or year,
/// stepped by INTERVAL) gives its candidate days by the BY parts, BYSETPOS picks among them,
/// and COUNT and UNTIL end the run.
///
/// Work is bounded whatever the rule says: expansion stops after the last day asked for, a
/// rule without COUNT starts near the first day asked for instead of at its DTSTART, and
/// at most `periodLimit` periods are visited (a rule whose BY parts never match ends there).
extension RecurrenceRule {
    struct Expansion {
        var dates: [SchoolDate] = []
        /// More than `limit` dates fell in the window; the first `limit` are kept.
        var capped = false
        /// The walk stopped at `periodLimit` periods before reaching the window's end.
        var exhausted = false
    }

    static let periodLimit = 1_000_000

    /// The dates from `start` (DTSTART's date, always the first occurrence) on, through
    /// `lastDate` (UNTIL, in DTSTART's frame); those in `window`, at most `limit`.
    func expand(start: SchoolDate, lastDate: SchoolDate?, window: ClosedRange<SchoolDate>, limit: Int) -> Expansion {
        var expansion = Expansion()
        var counted = 1
        if window.contains(start), lastDate.map({ start <= $0 }) ?? true { expansion.dates.append(start) }
        if count == 1 { return expansion }
        var period = firstPeriod(start)
        if count == nil {
            // Without COUNT nothing before the window matters: start a period or so before it.
            let target = firstPeriod(window.lowerBound)
            let steps = (target - period) / (interval * periodWidth)
            if steps > 1 { period += (steps - 1) * interval * periodWidth }
        }
        for _ in 0..<Self.periodLimit {
            guard let first = firstDay(of: period), first <= window.upperBound else { return expansion }
            for date in candidates(in: period, start: start) where date > start {
                if let lastDate, date > lastDate { return expansion }
                if date > window.upperBound { return expansion }
                counted += 1
                if let count, counted > count { return expansion }
                guard date >= window.lowerBound else { continue }
                guard expansion.dates.count < limit else { expansion.capped = true; return expansion }
                expansion.dates.append(date)
            }
            period += interval * periodWidth
        }
        expansion.exhausted = true
        return expansion
    }

    /// Periods are numbered so that the next one is `periodWidth` on: days (weeks are
    /// numbered by their first day), or months since year 0, or years.
    private var periodWidth: Int { frequency == .weekly ? 7 : 1 }

    private func firstPeriod(_ date: SchoolDate) -> Int {
        let (year, month, _) = date.components
        switch frequency {
        case .daily: return date.dayNumber
        case .weekly: return date.dayNumber - (date.weekday.rawValue - weekStart.rawValue + 7) % 7
        case .monthly: return year * 12 + month - 1
        case .yearly: return year
        }
    }

    /// The period's first day; nil past year 9999, where no plan reaches.
    private func firstDay(of period: Int) -> SchoolDate? {
        switch frequency {
        case .daily, .weekly: return period > 2_932_896 ? nil : SchoolDate(dayNumber: period)
        case .monthly: return period / 12 > 9999 ? nil : SchoolDate(year: period / 12, month: period % 12 + 1, day: 1)
        case .yearly: return period > 9999 ? nil : SchoolDate(year: period, month: 1, day: 1)
        }
    }

    private func candidates(in period: Int, start: SchoolDate) -> [SchoolDate] {
        let (_, startMonth, startDay) = start.components
        var days: [SchoolDate]
        switch frequency {
        case .daily:
            let date = SchoolDate(dayNumber: period)
            let (year, month, day) = date.components
            let monthDays = byMonthDay.isEmpty || resolvedMonthDays(year: year, month: month).contains(day)
            let weekdays = byDay.isEmpty || byDay.contains { $0.weekday == date.weekday }
            days = monthDays && weekdays && monthAllowed(month) ? [date] : []
        case .weekly:
            let weekdays = byDay.isEmpty ? [start.weekday] : byDay.map(\.weekday)
            days = (0..<7).map { SchoolDate(dayNumber: period + $0) }
                .filter { weekdays.contains($0.weekday) && monthAllowed($0.components.month) }
        case .monthly:
            let (year, month) = (period / 12, period % 12 + 1)
            guard monthAllowed(month) else { return [] }
            days = byMonthDay.isEmpty && byDay.isEmpty
                ? [SchoolDate(year: year, month: month, day: startDay)].compactMap { $0 }
                : daysOfMonth(year: year, month: month)
        case .yearly:
            let year = period
            if !byMonthDay.isEmpty || !byDay.isEmpty {
                if !byMonth.isEmpty || !byMonthDay.isEmpty {
                    days = (byMonth.isEmpty ? Array(1...12) : byMonth.sorted()).flatMap { daysOfMonth(year: year, month: $0) }
                } else {
                    let all = (SchoolDate(year: year, month: 1, day: 1)!.dayNumber...SchoolDate(year: year, month: 12, day: 31)!.dayNumber)
                        .map(SchoolDate.init(dayNumber:))
                    days = pick(byDay, from: all)
                }
            } else {
                days = (byMonth.isEmpty ? [startMonth] : byMonth.sorted()).compactMap { SchoolDate(year: year, month: $0, day: startDay) }
            }
        }
        days = Array(Set(days)).sorted()
        guard !bySetPos.isEmpty, !days.isEmpty else { return days }
        return Array(Set(bySetPos.compactMap { position in
            let index = position > 0 ? position - 1 : days.count + position
            return days.indices.contains(index) ? days[index] : nil
        })).sorted()
    }

    private func monthAllowed(_ month: Int) -> Bool { byMonth.isEmpty || byMonth.contains(month) }

    /// BYMONTHDAY's days in this month: -1 is its last day; a 31st is no day of a 30-day month.
    private func resolvedMonthDays(year: Int, month: Int) -> Set<Int> {
        let length = SchoolDate.daysIn(month: month, year: year)
        return Set(byMonthDay.compactMap { day in
            let resolved = day > 0 ? day : length + day + 1
            return (1...length).contains(resolved) ? resolved : nil
        })
    }

    /// The month's days by BYMONTHDAY and BYDAY (ordinals counted within the month); both: the days both give.
    private func daysOfMonth(year: Int, month: Int) -> [SchoolDate] {
        let length = SchoolDate.daysIn(month: month, year: year)
        let all = (1...length).map { SchoolDate(year: year, month: month, day: $0)! }
        var days = Set(all)
        if !byMonthDay.isEmpty {
            let wanted = resolvedMonthDays(year: year, month: month)
            days = days.filter { wanted.contains($0.components.day) }
        }
        if !byDay.isEmpty { days.formIntersection(pick(byDay, from: all)) }
        return days.sorted()
    }

    /// The days BYDAY picks from a month's or a year's days: every Monday, or the second (2MO) or last (-1MO).
    private func pick(_ entries: [DayEntry], from all: [SchoolDate]) -> [SchoolDate] {
        var picked = Set<SchoolDate>()
        for entry in entries {
            let matching = all.filter { $0.weekday == entry.weekday }
            guard let ordinal = entry.ordinal else { picked.formUnion(matching); continue }
            let index = ordinal > 0 ? ordinal - 1 : matching.count + ordinal
            if matching.indices.contains(index) { picked.insert(matching[index]) }
        }
        return picked.sorted()
    }
}
