/// Checks the plan's dates against the school year: inside it, on school days where work is pinned.
struct CalendarValidator {
    let year: SchoolYear
    let reader: NodeReader

    func validate(milestones: [Milestone]) {
        // An inverted year is reported on its own; every date would be "outside" it.
        guard year.start < year.end else { return }
        let rule = SchoolDayRule(year: year)
        for span in year.closed { inside(span, "the closed day") }
        for span in year.testing { inside(span, "the testing window") }
        for span in year.pdDays {
            inside(span, "the PD day")
            // Only its days inside the year: the rest is the error just reported.
            var day = max(span.from, year.start)
            while day <= min(span.to, year.end) {
                if let reason = notASchoolDay(day, rule) {
                    // An imported calendar often marks a workday inside a break it also lists (a
                    // workday before the first day): the planner leaves that day out, and says so.
                    if span.location.file != year.location.file {
                        reader.warning("the imported PD day \(label(span)) falls on \(day), \(reason); no training is placed on it", at: span.location)
                    } else {
                        reader.error("the PD day \(label(span)) falls on \(day), \(reason); PD days must be school days", at: span.location)
                    }
                }
                day = day.adding(days: 1)
            }
        }
        if case let .dates(dates) = year.earlyRelease {
            for date in dates where !year.contains(date) {
                reader.error("the early-release day \(date) is outside the school year (\(year.start) to \(year.end))", at: year.location)
            }
        }
        if case let .spans(cycles) = year.cycles {
            for span in cycles { inside(span, "the cycle") }
            for (a, b) in zip(cycles, cycles.dropFirst()) where b.from <= a.to {
                reader.error("cycle \(label(b)) starts on \(b.from), before the previous cycle ends on \(a.to); cycles follow one another", at: b.location)
            }
        }
        for milestone in milestones {
            for (key, date) in [("on", milestone.on), ("not_before", milestone.notBefore), ("due", milestone.due)] {
                guard let date, !year.contains(date.value) else { continue }
                reader.error("'\(key)' of milestone '\(milestone.id)' is \(date.value), outside the school year (\(year.start) to \(year.end))",
                             at: date.location)
            }
            if let on = milestone.on, year.contains(on.value), let reason = notASchoolDay(on.value, rule) {
                reader.error("milestone '\(milestone.id)' is fixed to start on \(on.value), \(reason); work starts on school days only",
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

    private func inside(_ span: DateSpan, _ noun: String) {
        guard !year.contains(span.from) || !year.contains(span.to) else { return }
        let dates = span.from == span.to ? "\(span.from)" : "\(span.from) to \(span.to)"
        reader.error("\(noun) \(label(span)) (\(dates)) is outside the school year (\(year.start) to \(year.end))", at: span.location)
    }

    private func label(_ span: DateSpan) -> String { span.name.map { "'\($0)'" } ?? "on \(span.from)" }
}
