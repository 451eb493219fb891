import PlanwrightModel

/// One event of an exported calendar, before it is written as text: all-day, or at a time of
/// day when it has one (a training session in a slot with hours).
struct ICalendarEvent {
    /// Globally unique and stable across runs: derived from plan ids, never random.
    var uid: String
    var first: SchoolDate
    /// The last day the event covers (inclusive); DTEND is the day after.
    var last: SchoolDate
    var summary: String
    /// The end of the title, kept whole when a long title is cut (`ICalendarTitle`).
    var summaryEnd: String = ""
    /// Lines of the description, joined with line breaks.
    var description: [String]
    var location: String?
    var category: String
    /// The hours on `first`, local time; nil for an all-day event.
    var time: SlotTime? = nil
}

/// Writes a VCALENDAR of all-day and timed events (RFC 5545 §3.4, §3.6.1).
enum ICalendarDocument {
    static let productID = "-//Planwright//Planwright 1//EN"

    /// `stamp` becomes every event's DTSTAMP. RFC 5545 means it as the time the object was
    /// created; a fixed date from the plan keeps the file the same bytes on every run.
    static func render(name: String, stamp: SchoolDate, events: [ICalendarEvent]) -> String {
        var writer = ICalendarWriter(capacity: 256 + events.count * 400)
        writer.property("BEGIN", "VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", productID)
        writer.property("CALSCALE", "GREGORIAN")
        writer.text("X-WR-CALNAME", name)
        var dtstamp: [UInt8] = []
        ICalendarText.appendDate(stamp, to: &dtstamp)
        let timestamp = String(decoding: dtstamp, as: UTF8.self) + "T000000Z"
        for event in events {
            writer.property("BEGIN", "VEVENT")
            writer.property("UID", event.uid)
            writer.property("DTSTAMP", timestamp)
            if let time = event.time {
                writer.dateTime("DTSTART", event.first, minutes: time.start)
                writer.dateTime("DTEND", event.first, minutes: time.end)
            } else {
                writer.date("DTSTART;VALUE=DATE", event.first)
                writer.date("DTEND;VALUE=DATE", event.last.adding(days: 1))
            }
            let title = ICalendarTitle.cut(event.summary, keeping: event.summaryEnd)
            writer.text("SUMMARY", title.summary)
            writer.text("DESCRIPTION", lines: (title.whole.map { [$0] } ?? []) + event.description)
            if let location = event.location { writer.text("LOCATION", location) }
            writer.text("CATEGORIES", event.category)
            // All-day events here are spans of work or a short session, not a full day's
            // meeting: they should not mark anyone busy in free/busy lookups. A session with
            // hours is an appointment, and does.
            writer.property("TRANSP", event.time == nil ? "TRANSPARENT" : "OPAQUE")
            writer.property("END", "VEVENT")
        }
        writer.property("END", "VCALENDAR")
        return writer.contents
    }
}
