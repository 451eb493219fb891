import Foundation
import PlanwrightDocument
import PlanwrightModel

/// Reads an iCalendar file (RFC 5545) into the occurrences of its events that fall in a
/// window of dates (the school year): repeating events expanded (RRULE, RDATE, EXDATE),
/// moved or cancelled instances (RECURRENCE-ID, STATUS:CANCELLED) applied.
///
/// Where a timed event counts: on its local date in its TZID, or as written when it has
/// none (a floating time). A UTC time (`Z`) counts on its date in the calendar's
/// X-WR-TIMEZONE when the file names one (Google and Outlook do), else in UTC: a plan has
/// no time zone of its own, and the calendar's is the one its authors saw.
///
/// Bounded on any input: a rule is expanded only through the window's end, at most
/// `occurrenceLimit` occurrences of one event are read (a warning says so), and problems
/// are diagnostics at the file's line, never a crash.
package struct ICSOccurrenceReader {
    package static let occurrenceLimit = 1_000

    package init() {}

    /// `window` nil reads every date of a one-off event and the first `occurrenceLimit` of a repeating one.
    /// `year`, when given, is the school year the skipped events' note names (the window may
    /// reach before it, for pre-service days).
    package func read(_ source: SourceText, within window: ClosedRange<SchoolDate>?, year: ClosedRange<SchoolDate>? = nil) -> Checked<[CalendarOccurrence]> {
        let components = ICSComponents(source)
        var reading = Reading(source: source)
        reading.diagnostics = components.diagnostics
        if let zone = components.calendarZone {
            reading.displayZone = ICSTimeZones.zone(zone.name)
            if reading.displayZone == nil {
                reading.diagnostics.append(.warning(Message("ics_calendar_zone_unknown", ["zone": .text(Excerpt.of(zone.name))]),
                                                    at: reading.at(zone.line, zone.column)))
            }
        }
        let events = components.events.compactMap { reading.event($0) }
        let overrides = Dictionary(grouping: events.filter { $0.recurrenceID != nil && $0.uid != nil }, by: { $0.uid! })
        let masterUIDs = Set(events.filter { $0.recurrenceID == nil }.compactMap(\.uid))
        let all = SchoolDate(year: 1, month: 1, day: 1)!...SchoolDate(year: 9999, month: 12, day: 31)!
        var occurrences: [CalendarOccurrence] = []
        var skipped = 0
        for event in events {
            // An override is read with its series; one whose series is not in the file stands alone.
            if event.recurrenceID != nil, let uid = event.uid, masterUIDs.contains(uid) { continue }
            let found = reading.occurrences(of: event, overrides: event.recurrenceID == nil ? overrides[event.uid ?? ""] ?? [] : [],
                                            within: window ?? all)
            occurrences += found.occurrences
            if found.occurrences.isEmpty, !found.cancelled { skipped += 1 }
        }
        if let window, skipped > 0 {
            let named = year ?? window
            reading.diagnostics.append(.note(Message("ics_events_outside_year", count: skipped, ["first": .text("\(named.lowerBound)"), "last": .text("\(named.upperBound)")]),
                                             at: reading.at(1)))
        }
        let quoted = NamedFileKind.calendar.isQuotable(source) ? [source] : []
        // Problems in the order of the file's lines, as its author reads it.
        let diagnostics = reading.diagnostics.enumerated().sorted { ($0.element.location?.line ?? 0, $0.offset) < ($1.element.location?.line ?? 0, $1.offset) }.map(\.element)
        return Checked(occurrences.sorted { ($0.first, $0.last, $0.location.line) < ($1.first, $1.last, $1.location.line) },
                       diagnostics: diagnostics, sources: quoted)
    }
}

/// One VEVENT as read: its times in its own frame, and what repeats it.
private struct ReadEvent {
    var line: Int
    var uid: String?
    var recurrenceID: ICSTime?
    var cancelled: Bool
    var summary: String?
    var categories: [String]
    var description: String?
    var start: ICSTime
    /// All-day: the number of days (1 or more). Timed: seconds from start to end (0 or more).
    var length: Int
    var rule: RecurrenceRule?
    var ruleLine: Int
    var extraStarts: [ICSTime]
    var excluded: [ICSTime]
}

/// The state of reading one file: its diagnostics, and the zone its UTC times count in.
private struct Reading {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    var displayZone: TimeZone?
    private var unknownZones: Set<String> = []

    init(source: SourceText) { self.source = source }

    func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: source.path, line: line, column: column) }

    /// The zone a property's TZID names; an unknown one is warned about once, and its times read as written.
    private mutating func zone(of content: ContentLine, line: Int) -> TimeZone? {
        guard let tzid = content.parameters["TZID"] else { return nil }
        if let zone = ICSTimeZones.zone(tzid) { return zone }
        if unknownZones.insert(tzid).inserted {
            diagnostics.append(.warning(Message("ics_zone_unknown", ["zone": .text(Excerpt.of(tzid))]),
                                        at: at(line, content.valueColumn)))
        }
        return nil
    }

    private mutating func time(_ property: (content: ContentLine, line: Int), _ name: String, allDay: Bool) -> ICSTime? {
        let (content, line) = property
        if let time = ICSTime.parse(content.value, zone: zone(of: content, line: line)), time.isDate == allDay || name != "DTSTART" { return time }
        let message = allDay ? Message("ics_not_a_date", ["property": .text(name), "value": .text(Excerpt.of(content.value))])
            : Message("ics_not_a_date_and_time", ["property": .text(name), "value": .text(Excerpt.of(content.value))])
        diagnostics.append(.error(message, at: at(line, content.valueColumn)))
        return nil
    }

    mutating func event(_ event: ICSComponents.Event) -> ReadEvent? {
        guard let startProperty = event.first("DTSTART") else {
            diagnostics.append(.error(Message("ics_no_start"), at: at(event.line)))
            return nil
        }
        let allDay = startProperty.content.isAllDay
        guard let start = time(startProperty, "DTSTART", allDay: allDay) else { return nil }
        var length = allDay ? 1 : 0
        if let end = event.first("DTEND") {
            guard let after = time(end, "DTEND", allDay: allDay) else { return nil }
            if allDay {
                // DTEND of an all-day event is the day after the last one.
                let last = after.isDate || after.seconds == 0 ? after.date : after.date.adding(days: 1)
                guard last > start.date else {
                    diagnostics.append(.error(Message("ics_end_not_after_start", ["end": .text(Excerpt.of(end.content.value)), "start": .text("\(start.date)")]), at: at(end.line, end.content.valueColumn)))
                    return nil
                }
                length = last.dayNumber - start.date.dayNumber
            } else {
                length = after.wall(in: start.frame) - start.wall
                guard length >= 0 else {
                    diagnostics.append(.error(Message("ics_end_before_start", ["end": .text(Excerpt.of(end.content.value))]), at: at(end.line, end.content.valueColumn)))
                    return nil
                }
            }
        } else if let duration = event.first("DURATION") {
            guard let read = ICSDuration.parse(duration.content.value.uppercased()), read.days >= 0, read.seconds >= 0 else {
                diagnostics.append(.error(Message("ics_duration_unknown", ["duration": .text(Excerpt.of(duration.content.value))]),
                                          at: at(duration.line, duration.content.valueColumn)))
                return nil
            }
            length = allDay ? max(1, read.days + (read.seconds > 0 ? 1 : 0)) : read.days * 86_400 + read.seconds
        }
        var rule: RecurrenceRule?
        var ruleLine = event.line
        if let property = event.first("RRULE") {
            ruleLine = property.line
            switch RecurrenceRule.parse(property.content.value, zone: start.frame.zone) {
            case let .success(read): rule = read
            case let .failure(problem):
                diagnostics.append(.warning(Message("ics_rule_counts_once", ["problem": .message(problem.words), "date": .text("\(start.date)")]), at: at(property.line, property.content.valueColumn)))
            }
        }
        let recurrenceID = event.first("RECURRENCE-ID").flatMap { time($0, "RECURRENCE-ID", allDay: allDay) }
        return ReadEvent(line: event.line, uid: event.first("UID")?.content.value, recurrenceID: recurrenceID,
                         cancelled: event.first("STATUS")?.content.value.uppercased() == "CANCELLED",
                         summary: event.first("SUMMARY").map { ICSText.unescape($0.content.value) },
                         categories: event.all("CATEGORIES").flatMap { ICSText.items($0.content.value).map(ICSText.unescape) },
                         description: event.first("DESCRIPTION").map { ICSText.unescape($0.content.value) },
                         start: start, length: length, rule: rule, ruleLine: ruleLine,
                         extraStarts: times(event.all("RDATE"), "RDATE"), excluded: times(event.all("EXDATE"), "EXDATE"))
    }

    /// The dates of RDATE or EXDATE lines (a PERIOD's start).
    private mutating func times(_ properties: [(content: ContentLine, line: Int)], _ name: String) -> [ICSTime] {
        var times: [ICSTime] = []
        for (content, line) in properties {
            let zone = zone(of: content, line: line)
            for item in ICSText.items(content.value) {
                let value = String(item.split(separator: "/").first ?? "")
                guard let time = ICSTime.parse(value, zone: zone) else {
                    diagnostics.append(.error(Message("ics_extra_date_unknown", ["property": .text(name), "value": .text(Excerpt.of(item))]),
                                              at: at(line, content.valueColumn)))
                    continue
                }
                times.append(time)
            }
        }
        return times
    }

    /// The occurrences of a series in the window: its rule's and RDATE's starts, less EXDATE's
    /// and those its overrides replace, then the overrides not cancelled.
    mutating func occurrences(of event: ReadEvent, overrides: [ReadEvent], within window: ClosedRange<SchoolDate>)
        -> (occurrences: [CalendarOccurrence], cancelled: Bool) {
        if event.cancelled { return ([], true) }
        let frame = event.start.frame
        func day(_ time: ICSTime) -> Int { ICSTime.day(ofWall: time.wall(in: frame)).dayNumber }
        // Starts in the series' own frame; a day either side of the window, for zone shifts and long events.
        let spanDays = event.start.isDate ? event.length : event.length / 86_400 + 1
        let wide = window.lowerBound.adding(days: -(spanDays + 2))...window.upperBound.adding(days: 2)
        var starts = Set<Int>()
        if let rule = event.rule {
            let lastDate = rule.until.map { until -> SchoolDate in
                let wall = until.wall(in: frame) - (until.isDate ? 0 : event.start.seconds ?? 0)
                // A DATE UNTIL includes its day; a time includes the instances starting by then.
                return until.isDate ? until.date : ICSTime.day(ofWall: wall)
            }
            let expansion = rule.expand(start: event.start.date, lastDate: lastDate, window: wide, limit: ICSOccurrenceReader.occurrenceLimit)
            if expansion.capped {
                diagnostics.append(.warning(Message("ics_too_many_repeats", ["limit": .number(ICSOccurrenceReader.occurrenceLimit)]),
                                            at: at(event.ruleLine)))
            }
            if expansion.exhausted {
                diagnostics.append(.warning(Message("ics_rule_exhausted", ["limit": .number(RecurrenceRule.periodLimit)]),
                                            at: at(event.ruleLine)))
            }
            starts.formUnion(expansion.dates.map { $0.dayNumber * 86_400 + (event.start.seconds ?? 0) })
        } else {
            starts.insert(event.start.wall)
        }
        // RDATEs outside the window are passed over, and their number is bounded like a rule's.
        var extras = 0
        for extra in event.extraStarts {
            let wall = extra.isDate && !event.start.isDate ? extra.date.dayNumber * 86_400 + (event.start.seconds ?? 0) : extra.wall(in: frame)
            guard wide.contains(ICSTime.day(ofWall: wall)) else { continue }
            extras += 1
            guard extras <= ICSOccurrenceReader.occurrenceLimit else {
                diagnostics.append(.warning(Message("ics_too_many_extra_dates", ["limit": .number(ICSOccurrenceReader.occurrenceLimit)]),
                                            at: at(event.line)))
                break
            }
            starts.insert(wall)
        }
        let removed = Set(event.excluded.map(day) + overrides.compactMap { $0.recurrenceID.map(day) })
        var found = starts.sorted().filter { !removed.contains(ICSTime.day(ofWall: $0).dayNumber) }
            .compactMap { occurrence(of: event, startingAt: $0, within: window) }
        for override in overrides where !override.cancelled {
            if let moved = occurrence(of: override, startingAt: override.start.wall, within: window) { found.append(moved) }
        }
        return (found, false)
    }

    /// One occurrence starting at `wall` (in the event's frame), if it touches the window.
    private func occurrence(of event: ReadEvent, startingAt wall: Int, within window: ClosedRange<SchoolDate>) -> CalendarOccurrence? {
        let dayOf = ICSTime.day(ofWall:)
        let first: SchoolDate, last: SchoolDate
        var time: SlotTime?
        if event.start.isDate {
            first = dayOf(wall)
            last = first.adding(days: event.length - 1)
        } else {
            var (from, to) = (wall, wall + event.length)
            if event.start.frame == .utc, let zone = displayZone {
                from = ICSTime(date: dayOf(from), seconds: from - dayOf(from).dayNumber * 86_400, frame: .utc).wall(in: .zone(zone))
                to = from + event.length
            }
            first = dayOf(from)
            last = event.length > 0 ? dayOf(to - 1) : first
            // Its hours where it is held, when it starts and ends the same day.
            if first == last {
                let midnight = first.dayNumber * 86_400
                time = SlotTime(start: (from - midnight) / 60, end: (to - midnight) / 60)
            }
        }
        guard last >= window.lowerBound, first <= window.upperBound else { return nil }
        return CalendarOccurrence(summary: event.summary, categories: event.categories, description: event.description, first: first, last: last,
                                  timing: event.start.isDate ? .allDay : .timed, time: time, location: at(event.line))
    }
}

private extension ICSTime.Frame {
    var zone: TimeZone? { if case let .zone(zone) = self { zone } else { nil } }
}
