/// One all-day event of an exported calendar, before it is written as text.
struct ICalendarEvent {
    /// Globally unique and stable across runs: derived from plan ids, never random.
    var uid: String
    var first: SchoolDate
    /// The last day the event covers (inclusive); DTEND is the day after.
    var last: SchoolDate
    var summary: String
    /// Lines of the description, joined with line breaks.
    var description: [String]
    var location: String?
    var category: String
}

/// Writes a VCALENDAR of all-day events (RFC 5545 §3.4, §3.6.1).
enum ICalendarDocument {
    static let productID = "-//Planwright//Planwright 1//EN"

    /// `stamp` becomes every event's DTSTAMP. RFC 5545 means it as the time the object was
    /// created; a fixed date from the plan keeps the file the same bytes on every run.
    static func render(name: String, stamp: SchoolDate, events: [ICalendarEvent]) -> String {
        var out = ""
        out.reserveCapacity(256 + events.count * 400)
        func line(_ text: String) { ICalendarText.appendLine(text, to: &out) }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:" + productID)
        line("CALSCALE:GREGORIAN")
        line("X-WR-CALNAME:" + ICalendarText.escape(name))
        let dtstamp = "DTSTAMP:" + ICalendarText.date(stamp) + "T000000Z"
        for event in events {
            line("BEGIN:VEVENT")
            line("UID:" + event.uid)
            line(dtstamp)
            line("DTSTART;VALUE=DATE:" + ICalendarText.date(event.first))
            line("DTEND;VALUE=DATE:" + ICalendarText.date(event.last.adding(days: 1)))
            line("SUMMARY:" + ICalendarText.escape(event.summary))
            line("DESCRIPTION:" + ICalendarText.escape(event.description.joined(separator: "\n")))
            if let location = event.location { line("LOCATION:" + ICalendarText.escape(location)) }
            line("CATEGORIES:" + ICalendarText.escape(event.category))
            // All-day events here are spans of work or a short session, not a full day's
            // meeting: they should not mark anyone busy in free/busy lookups.
            line("TRANSP:TRANSPARENT")
            line("END:VEVENT")
        }
        line("END:VCALENDAR")
        return out
    }
}
