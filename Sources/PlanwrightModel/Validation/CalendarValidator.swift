import PlanwrightDocument

/// Checks the plan's dates against the school year: inside it, on school days where work is pinned.
struct CalendarValidator {
    let year: SchoolYear
    let reader: NodeReader

    func validate(milestones: [Milestone]) {
        // An inverted year is reported on its own; every date would be "outside" it.
        guard year.start < year.end else { return }
        let rule = SchoolDayRule(year: year)
        for span in year.closed {
            inside(span, Message("calendar_the_closed_day"))
            onWeekendOnly(span)
        }
        for span in year.testing { inside(span, Message("calendar_the_testing_window")) }
        for span in year.pdDays {
            // Staff days before the first student day (pre-service) are PD days too.
            if span.from < year.start, span.from >= year.preServiceStart, span.to <= year.end {
                for day in (span.from.dayNumber...min(span.to.dayNumber, year.start.dayNumber - 1)).map(SchoolDate.init(dayNumber:)) where day.weekday.isWeekend {
                    // An imported "Teacher Workdays" spanning a weekend means its weekdays.
                    if span.location.file == year.location.file {
                        reader.error(Message("calendar_pre_service_pd_day_on_weekend", ["label": label(span), "date": .text("\(day)"), "weekday": .message(Self.weekday(day.weekday))]),
                                     at: span.location)
                    }
                }
            } else if span.from < year.start, span.to <= year.end {
                reader.error(Message("calendar_pd_day_before_pre_service", count: SchoolYear.preServiceDays,
                                     ["label": label(span), "date": .text("\(span.from)"), "start": .text("\(year.start)")]),
                             at: span.location)
            } else {
                inside(span, Message("calendar_the_pd_day"))
            }
            // Only its days inside the year: the rest is the error just reported.
            var day = max(span.from, year.start)
            while day <= min(span.to, year.end) {
                if let reason = notASchoolDay(day, rule) {
                    // An imported calendar often marks a workday inside a break it also lists (a
                    // workday before the first day): the planner leaves that day out, and says so.
                    if span.location.file != year.location.file {
                        reader.warning(Message("calendar_imported_pd_day_no_school", ["label": label(span), "date": .text("\(day)"), "reason": .message(reason)]),
                                       at: span.location)
                    } else {
                        reader.error(Message("calendar_pd_day_no_school", ["label": label(span), "date": .text("\(day)"), "reason": .message(reason)]), at: span.location)
                    }
                }
                day = day.adding(days: 1)
            }
        }
        var dates = year.earlyReleaseAdded
        if case let .dates(listed) = year.earlyRelease { dates += listed }
        for date in dates where !year.contains(date) {
            reader.error(Message("calendar_early_release_outside_year", ["date": .text("\(date)"), "start": .text("\(year.start)"), "end": .text("\(year.end)")]),
                         at: year.earlyReleaseLocation ?? year.location)
        }
        if case let .weekly(weekday) = year.earlyRelease {
            for date in year.earlyReleaseExcept {
                if !year.contains(date.value) {
                    reader.error(Message("calendar_early_release_exception_outside_year", ["date": .text("\(date.value)"), "start": .text("\(year.start)"), "end": .text("\(year.end)")]),
                                 at: date.location)
                } else if date.value.weekday != weekday {
                    reader.error(Message("calendar_early_release_exception_other_weekday", ["date": .text("\(date.value)"), "weekday": .message(Self.weekday(date.value.weekday)),
                                                                                            "release": .message(Self.weekday(weekday))]),
                                 at: date.location)
                } else if year.earlyReleaseAdded.contains(date.value) {
                    reader.error(Message("calendar_early_release_added_and_exception", ["date": .text("\(date.value)")]), at: date.location)
                }
            }
        }
        if case let .spans(cycles) = year.cycles {
            for span in cycles { inside(span, Message("calendar_the_cycle")) }
            for (a, b) in zip(cycles, cycles.dropFirst()) where b.from <= a.to {
                reader.error(Message("calendar_cycles_overlap", ["label": label(b), "from": .text("\(b.from)"), "to": .text("\(a.to)")]), at: b.location)
            }
        }
        for milestone in milestones {
            for (key, date) in [("on", milestone.on), ("not_before", milestone.notBefore), ("due", milestone.due)] {
                guard let date, !year.contains(date.value) else { continue }
                reader.error(Message("calendar_milestone_date_outside_year", ["key": .text(key), "milestone": .text(milestone.id), "date": .text("\(date.value)"),
                                                                          "start": .text("\(year.start)"), "end": .text("\(year.end)")]),
                             at: date.location)
            }
            if let on = milestone.on, year.contains(on.value), let reason = notASchoolDay(on.value, rule) {
                reader.error(Message("calendar_milestone_on_no_school", ["milestone": .text(milestone.id), "date": .text("\(on.value)"), "reason": .message(reason)]),
                             at: on.location)
            }
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
        let when = days.map { Message.Value.message(Message("calendar_weekday_date", ["weekday": .message(Self.weekday($0.weekday)), "date": .text("\($0)")])) }
        reader.warning(Message("calendar_closed_day_on_weekend", ["label": label(span), "days": .list(when)]), at: span.location)
    }

    /// `what` names the kind of span: "the closed day", "the testing window".
    private func inside(_ span: DateSpan, _ what: @autoclosure () -> Message) {
        guard !year.contains(span.from) || !year.contains(span.to) else { return }
        reader.error(Message("calendar_span_outside_year", ["what": .message(what()), "label": label(span), "dates": dates(span),
                                                            "start": .text("\(year.start)"), "end": .text("\(year.end)")]), at: span.location)
    }

    private func dates(_ span: DateSpan) -> Message.Value {
        span.from == span.to ? .text("\(span.from)") : .message(Message("calendar_date_range", ["from": .text("\(span.from)"), "to": .text("\(span.to)")]))
    }
}
