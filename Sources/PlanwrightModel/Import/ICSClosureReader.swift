import Foundation
import PlanwrightDocument

/// Reads school closures from an iCalendar file (RFC 5545), such as a district calendar export:
/// every all-day VEVENT becomes a closed run of days named by its SUMMARY.
///
/// Timed events are not closures and are skipped. Problems are diagnostics at the
/// file's line, never a crash.
public struct ICSClosureReader {
    /// The closures, sorted by date, and the calendar's text when its lines can be quoted.
    public typealias Result = Checked<[DateSpan]>

    public init() {}

    public func read(_ source: SourceText) -> Result {
        var closures: [DateSpan] = []
        var diagnostics: [Diagnostic] = []
        let lines = Self.unfold(source)
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: source.path, line: line, column: column) }
        let quoted = NamedFileKind.calendar.isQuotable(source) ? [source] : []

        guard let first = lines.first(where: { !$0.text.isEmpty }), first.text.uppercased() == "BEGIN:VCALENDAR" else {
            return Result([], diagnostics: [.error("this is not an iCalendar file: it must start with BEGIN:VCALENDAR", at: at(1))], sources: quoted)
        }
        var event: (line: Int, properties: [String: (ContentLine, Int)])?
        for (text, line) in lines.map({ ($0.text, $0.line) }) where !text.isEmpty {
            guard let content = ContentLine(text) else {
                diagnostics.append(.error("this line of the calendar has no ':' between a name and a value", at: at(line)))
                continue
            }
            switch (content.name, content.value.uppercased()) {
            case ("BEGIN", "VEVENT"):
                if let open = event { diagnostics.append(.error("an event starts before the event above it has ended (END:VEVENT)", at: at(open.line))) }
                event = (line, [:])
            case ("END", "VEVENT"):
                guard let open = event else {
                    diagnostics.append(.error("END:VEVENT without a BEGIN:VEVENT above it", at: at(line)))
                    continue
                }
                let read = closure(open.properties, line: open.line, at: at)
                if let span = read.span { closures.append(span) }
                diagnostics += read.diagnostics
                event = nil
            default:
                if event != nil, event!.properties[content.name] == nil { event!.properties[content.name] = (content, line) }
            }
        }
        if let open = event { diagnostics.append(.error("this event has no END:VEVENT before the file ends", at: at(open.line))) }
        return Result(closures.sorted { ($0.from, $0.to) < ($1.from, $1.to) }, diagnostics: diagnostics, sources: quoted)
    }

    /// An all-day event's days (nil for a timed event), and what is wrong with it.
    private func closure(_ properties: [String: (ContentLine, Int)], line: Int,
                         at: (Int, Int) -> SourceLocation) -> (span: DateSpan?, diagnostics: [Diagnostic]) {
        guard let (start, startLine) = properties["DTSTART"] else {
            return (nil, [.error("this event has no DTSTART, so its date is unknown", at: at(line, 1))])
        }
        guard start.isAllDay else { return (nil, []) }
        guard let from = Self.date(start.value) else {
            return (nil, [.error("DTSTART '\(Excerpt.of(start.value))' is not a date written YYYYMMDD", at: at(startLine, start.valueColumn))])
        }
        var to = from
        if let (end, endLine) = properties["DTEND"] {
            // DTEND of an all-day event is the day after the last one.
            guard let after = Self.date(end.value), after > from else {
                return (nil, [.error("DTEND '\(Excerpt.of(end.value))' must be a date after DTSTART \(from)", at: at(endLine, end.valueColumn))])
            }
            to = after.adding(days: -1)
        }
        var diagnostics: [Diagnostic] = []
        if let (rule, ruleLine) = properties["RRULE"] {
            diagnostics.append(.warning("repeating events (RRULE) are not expanded; this closure counts once, on \(from); list each date instead",
                                        at: at(ruleLine, rule.valueColumn)))
        }
        let name = properties["SUMMARY"].map { Self.unescape($0.0.value) }
        return (DateSpan(name: name, from: from, to: to, location: at(line, 1)), diagnostics)
    }

    /// Joins folded lines (a line break followed by a space or tab continues the line).
    static func unfold(_ source: SourceText) -> [(text: String, line: Int)] {
        var lines: [(text: String, line: Int)] = []
        var number = 0
        let bytes = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? source.bytes.dropFirst(3) : source.bytes[...]
        // Split on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), !lines.isEmpty {
                lines[lines.count - 1].text += String(decoding: line.dropFirst(), as: UTF8.self)
            } else {
                lines.append((String(decoding: line, as: UTF8.self), number))
            }
        }
        return lines
    }

    static func date(_ value: String) -> SchoolDate? {
        let digits = Array(value.prefix(8))
        guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return nil }
        let text = String(digits)
        return SchoolDate(iso: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
    }

    static func unescape(_ text: String) -> String {
        var out = "", escaped = false
        for character in text {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// One unfolded line: `NAME;PARAM=VALUE:value`.
struct ContentLine {
    var name: String
    var parameters: [String: String]
    var value: String
    /// 1-based column where the value starts, for messages.
    var valueColumn: Int

    init?(_ line: String) {
        // The first ':' outside a quoted parameter value ends the name and parameters.
        var inQuotes = false
        var colon: String.Index?
        for index in line.indices {
            let character = line[index]
            if character == "\"" { inQuotes.toggle() } else if character == ":", !inQuotes { colon = index; break }
        }
        guard let colon else { return nil }
        let head = line[..<colon].split(separator: ";", omittingEmptySubsequences: false)
        name = head.first.map { $0.uppercased() } ?? ""
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { parameters[parts[0].uppercased()] = parts[1].trimmingCharacters(in: ["\""]).uppercased() }
        }
        self.parameters = parameters
        value = String(line[line.index(after: colon)...])
        valueColumn = line.distance(from: line.startIndex, to: colon) + 2
    }

    /// `VALUE=DATE`, or a bare date without a time.
    var isAllDay: Bool { parameters["VALUE"] == "DATE" || (value.count == 8 && !value.contains("T")) }
}

extension Checked<[DateSpan]> {
    public var closures: [DateSpan] { value }
}
