import PlanwrightModel

/// Writes an iCalendar file one content line at a time, as UTF-8 bytes: each line is built,
/// escaped where it holds text, then folded. Bytes rather than String appends because a
/// state's 2,000 school calendars run to over 100 MB, and this is where the time goes.
struct ICalendarWriter {
    private(set) var bytes: [UInt8] = []
    /// The content line being built, reused so that lines cost no allocation.
    private var line: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var contents: String { String(decoding: bytes, as: UTF8.self) }

    /// `NAME:value` with the value written as it is: names, dates, UIDs, fixed words.
    mutating func property(_ name: String, _ value: String) {
        start(name)
        line.append(contentsOf: value.utf8)
        finish()
    }

    /// `NAME:value` with a TEXT value, escaped.
    mutating func text(_ name: String, _ value: String) {
        start(name)
        ICalendarText.appendEscaped(value, to: &line)
        finish()
    }

    /// `NAME:value` with TEXT lines joined by escaped line breaks.
    mutating func text(_ name: String, lines: [String]) {
        start(name)
        for (index, value) in lines.enumerated() {
            if index > 0 { line.append(contentsOf: #"\n"#.utf8) }
            ICalendarText.appendEscaped(value, to: &line)
        }
        finish()
    }

    /// `NAME;VALUE=DATE:YYYYMMDD`; the name includes the parameter.
    mutating func date(_ name: String, _ date: SchoolDate) {
        start(name)
        ICalendarText.appendDate(date, to: &line)
        finish()
    }

    /// `NAME:YYYYMMDDTHHMMSS`, a floating local time.
    mutating func dateTime(_ name: String, _ date: SchoolDate, minutes: Int) {
        start(name)
        ICalendarText.appendDateTime(date, minutes: minutes, to: &line)
        finish()
    }

    private mutating func start(_ name: String) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: name.utf8)
        line.append(UInt8(ascii: ":"))
    }

    private mutating func finish() {
        ICalendarText.appendFolded(line, to: &bytes)
    }
}
