/// Checks the plan's dates against the school year: inside it, on school days where work is pinned.
struct CalendarValidator {
    let year: SchoolYear
    let reader: NodeReader

    func validate(milestones: [Milestone]) {
        // An inverted year is reported on its own; every date would be "outside" it.
        guard year.start < year.end else { return }
        let rule = SchoolDayRule(year: year)
        for span in year.closed {
            inside(span, "the closed day")
            onWeekendOnly(span)
        }
        for span in year.testing { inside(span, "the testing window") }
        for span in year.pdDays {
            // Staff days before the first student day (pre-service) are PD days too.
            if span.from < year.start, span.from >= year.preServiceStart, span.to <= year.end {
                for day in (span.from.dayNumber...min(span.to.dayNumber, year.start.dayNumber - 1)).map(SchoolDate.init(dayNumber:)) where day.weekday.isWeekend {
                    // An imported "Teacher Workdays" spanning a weekend means its weekdays.
                    if span.location.file == year.location.file {
                        reader.error(english: "the pre-service PD day \(label(span)) falls on \(day), a \(day.weekday.name.capitalized); PD days must be weekdays", at: span.location)
                    }
                }
            } else if span.from < year.start, span.to <= year.end {
                reader.error(english: "the PD day \(label(span)) (\(span.from)) is more than \(SchoolYear.preServiceDays) days before the first day of school (\(year.start)); a pre-service day falls in the weeks just before it",
                             at: span.location)
            } else {
                inside(span, "the PD day")
            }
            // Only its days inside the year: the rest is the error just reported.
            var day = max(span.from, year.start)
            while day <= min(span.to, year.end) {
                if let reason = notASchoolDay(day, rule) {
                    // An imported calendar often marks a workday inside a break it also lists (a
                    // workday before the first day): the planner leaves that day out, and says so.
                    if span.location.file != year.location.file {
                        reader.warning(english: "the imported PD day \(label(span)) falls on \(day), \(reason); no training is placed on it", at: span.location)
                    } else {
                        reader.error(english: "the PD day \(label(span)) falls on \(day), \(reason); PD days must be school days", at: span.location)
                    }
                }
                day = day.adding(days: 1)
            }
        }
        var dates = year.earlyReleaseAdded
        if case let .dates(listed) = year.earlyRelease { dates += listed }
        for date in dates where !year.contains(date) {
            reader.error(english: "the early-release day \(date) is outside the school year (\(year.start) to \(year.end))", at: year.earlyReleaseLocation ?? year.location)
        }
        if case let .weekly(weekday) = year.earlyRelease {
            for date in year.earlyReleaseExcept {
                if !year.contains(date.value) {
                    reader.error(english: "the early-release exception \(date.value) is outside the school year (\(year.start) to \(year.end))", at: date.location)
                } else if date.value.weekday != weekday {
                    reader.error(english: "the early-release exception \(date.value) is a \(date.value.weekday.name.capitalized), but early release is every \(weekday.name.capitalized); write the \(weekday.name.capitalized) it skips",
                                 at: date.location)
                } else if year.earlyReleaseAdded.contains(date.value) {
                    reader.error(english: "\(date.value) is both an added early-release day and an exception; keep it in one of 'dates' and 'except'", at: date.location)
                }
            }
        }
        if case let .spans(cycles) = year.cycles {
            for span in cycles { inside(span, "the cycle") }
            for (a, b) in zip(cycles, cycles.dropFirst()) where b.from <= a.to {
                reader.error(english: "cycle \(label(b)) starts on \(b.from), before the previous cycle ends on \(a.to); cycles follow one another", at: b.location)
            }
        }
        for milestone in milestones {
            for (key, date) in [("on", milestone.on), ("not_before", milestone.notBefore), ("due", milestone.due)] {
                guard let date, !year.contains(date.value) else { continue }
                reader.error(english: "'\(key)' of milestone '\(milestone.id)' is \(date.value), outside the school year (\(year.start) to \(year.end))",
                             at: date.location)
            }
            if let on = milestone.on, year.contains(on.value), let reason = notASchoolDay(on.value, rule) {
                reader.error(english: "milestone '\(milestone.id)' is fixed to start on \(on.value), \(reason); work starts on school days only",
                             at: on.location)
            }
        }
    }

    /// Why a date holds no school, worded for an error; nil on a school day.
    func notASchoolDay(_ date: SchoolDate, _ rule: SchoolDayRule) -> String? {
        switch rule.noSchool(on: date) {
        case nil: nil
        case let .weekend(day): "a \(day.name.capitalized)"
        case let .closure(span): span.name.map { "which is closed for \($0)" } ?? "which is a closed day"
        }
    }

    /// A closure the plan writes on a Saturday or Sunday closes nothing: it is almost always a
    /// date typed wrong (the holiday is the Friday or Monday), and the school day it meant stays
    /// open. An imported calendar's weekend events are its own business and stay quiet.
    private func onWeekendOnly(_ span: DateSpan) {
        guard span.location.file == year.location.file, year.contains(span.from), year.contains(span.to),
              span.to.dayNumber - span.from.dayNumber < 2 else { return }
        let days = (span.from.dayNumber...span.to.dayNumber).map(SchoolDate.init(dayNumber:))
        guard days.allSatisfy({ $0.weekday.isWeekend }) else { return }
        let when = days.map { "\($0.weekday.name.capitalized) \($0)" }.joined(separator: " and ")
        reader.warning(english: "the closed day \(label(span)) falls on \(when), a weekend, so it closes no school day; check its date (a holiday on a weekend is usually kept on the Friday or Monday)",
                       at: span.location)
    }

    private func inside(_ span: DateSpan, _ noun: String) {
        guard !year.contains(span.from) || !year.contains(span.to) else { return }
        let dates = span.from == span.to ? "\(span.from)" : "\(span.from) to \(span.to)"
        reader.error(english: "\(noun) \(label(span)) (\(dates)) is outside the school year (\(year.start) to \(year.end))", at: span.location)
    }

    private func label(_ span: DateSpan) -> String { span.name.map { "'\($0)'" } ?? "on \(span.from)" }
}
