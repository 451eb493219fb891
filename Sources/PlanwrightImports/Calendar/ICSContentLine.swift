import PlanwrightDocument
import PlanwrightModel

/// The text layer of an iCalendar file (RFC 5545 §3.1): folded lines joined, and each line
/// split into a name, parameters and a value.
enum ICSText {
    /// Joins folded lines (a line break followed by a space or tab continues the line).
    /// CRLF and LF both end a line; a leading byte-order mark is dropped.
    static func unfold(_ source: SourceText) -> [(text: String, line: Int)] {
        var lines: [(text: String, line: Int)] = []
        var number = 0
        let bytes = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? source.bytes.dropFirst(3) : source.bytes[...]
        // Split on bytes: as Characters, "\r\n" is one grapheme and never equals "\n".
        for line in Self.physicalLines(bytes) {
            number += 1
            if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), !lines.isEmpty {
                lines[lines.count - 1].text += String(decoding: line.dropFirst(), as: UTF8.self)
            } else {
                lines.append((String(decoding: line, as: UTF8.self), number))
            }
        }
        return lines
    }

    /// The file's lines, ended by CRLF (RFC 5545), LF (most exports) or a lone CR: a CR alone
    /// inside an LF file (`SUMMARY:No School\rRRULE:FREQ=DAILY;COUNT=5`, as an editor shows it, two
    /// lines) ends its line too, so it never carries the next property into a title.
    static func physicalLines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex, index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == lf || byte == cr {
                lines.append(bytes[start..<index])
                index += byte == cr && index + 1 < bytes.endIndex && bytes[index + 1] == lf ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.endIndex])
        return lines
    }

    /// A TEXT value with its escapes (`\,` `\;` `\\` `\n`) undone.
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

    /// A list value (CATEGORIES, EXDATE, RDATE) split on its unescaped commas.
    static func items(_ text: String) -> [String] {
        var items: [String] = [], current = "", escaped = false
        for character in text {
            if escaped {
                current.append("\\"); current.append(character); escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                items.append(current); current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items.map { $0.trimmingPrefix(" ") }.map(String.init).filter { !$0.isEmpty }
    }
}

/// One unfolded line: `NAME;PARAM=VALUE:value`.
struct ContentLine {
    var name: String
    /// Parameter names upper-cased; values as written, without their quotes (a TZID is case-sensitive).
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
        let head = Self.splitOutsideQuotes(line[..<colon])
        name = head.first.map { $0.uppercased() } ?? ""
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { parameters[parts[0].uppercased()] = parts[1].trimmingCharacters(in: ["\""]) }
        }
        self.parameters = parameters
        value = String(line[line.index(after: colon)...])
        valueColumn = line.distance(from: line.startIndex, to: colon) + 2
    }

    /// `;` separates parameters, except inside a quoted value (`TZID="(UTC-05:00) Eastern; US"`).
    private static func splitOutsideQuotes(_ head: Substring) -> [String] {
        var parts: [String] = [], current = "", inQuotes = false
        for character in head {
            if character == "\"" { inQuotes.toggle() }
            if character == ";", !inQuotes { parts.append(current); current = "" } else { current.append(character) }
        }
        parts.append(current)
        return parts
    }

    /// `VALUE=DATE`, or a bare date without a time.
    var isAllDay: Bool { parameters["VALUE"]?.uppercased() == "DATE" || (value.count == 8 && !value.contains("T")) }
}
