import PlanwrightDocument
import PlanwrightModel

/// The VEVENTs of an iCalendar file, each with its properties and the line it starts on,
/// and the calendar's own X-WR-TIMEZONE. Other components (VTIMEZONE, VTODO, an event's
/// VALARM) are passed over: zones are read by their TZID names, not their rules.
struct ICSComponents {
    struct Event {
        var line: Int
        var properties: [String: [(content: ContentLine, line: Int)]] = [:]

        func first(_ name: String) -> (content: ContentLine, line: Int)? { properties[name]?.first }
        func all(_ name: String) -> [(content: ContentLine, line: Int)] { properties[name] ?? [] }
    }

    var events: [Event] = []
    /// Google's and Outlook's name for the calendar's zone: where a UTC time counts.
    var calendarZone: (name: String, line: Int, column: Int)?
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceText) {
        let lines = ICSText.unfold(source)
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: source.path, line: line, column: column) }
        guard let first = lines.first(where: { !$0.text.isEmpty }), first.text.uppercased() == "BEGIN:VCALENDAR" else {
            diagnostics.append(.error(Message("ics_not_a_calendar"), at: at(1)))
            return
        }
        var event: Event?
        // Components opened inside the current event (a VALARM) or outside any (a VTIMEZONE).
        var nested: [String] = []
        for (text, line) in lines where !text.isEmpty {
            guard let content = ContentLine(text) else {
                diagnostics.append(.error(Message("ics_line_without_colon"), at: at(line)))
                continue
            }
            let value = content.value.uppercased()
            switch (content.name, value) {
            case ("BEGIN", "VEVENT") where nested.isEmpty:
                if let open = event {
                    diagnostics.append(.error(Message("ics_event_not_ended"), at: at(open.line)))
                }
                event = Event(line: line)
            case ("END", "VEVENT") where nested.isEmpty:
                guard let open = event else {
                    diagnostics.append(.error(Message("ics_end_without_begin"), at: at(line)))
                    continue
                }
                events.append(open)
                event = nil
            case ("BEGIN", _) where value != "VCALENDAR":
                nested.append(value)
            case ("END", _) where value != "VCALENDAR":
                if let index = nested.lastIndex(of: value) { nested.removeSubrange(index...) }
            default:
                guard nested.isEmpty else { continue }
                if event != nil {
                    event!.properties[content.name, default: []].append((content, line))
                } else if content.name == "X-WR-TIMEZONE" {
                    calendarZone = (content.value.trimmingCharacters(in: .whitespaces), line, content.valueColumn)
                }
            }
        }
        if let open = event { diagnostics.append(.error(Message("ics_event_without_end"), at: at(open.line))) }
    }
}
