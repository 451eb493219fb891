/// The text rules of iCalendar (RFC 5545): escaped values (§3.3.11), dates (§3.3.4), and
/// content lines that end in CRLF and are folded at 75 octets (§3.1).
enum ICalendarText {
    /// A physical line holds at most 75 octets, not counting its CRLF (§3.1).
    static let lineLimit = 75

    /// A TEXT value: backslash, semicolon and comma are escaped, and any line break becomes `\n`.
    /// Other control characters are not allowed in TEXT (§3.3.11 TSAFE-CHAR), so they are
    /// dropped rather than written into a file clients may refuse; a tab is allowed and kept.
    static func escape(_ text: String) -> String {
        // Most text needs nothing escaped; a school's calendar repeats the district's events.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }  // CRLF is one line break, not two
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends one content line, folded so that no physical line exceeds 75 octets; each
    /// continuation starts with one space. A fold never falls inside a UTF-8 sequence: a
    /// client that unfolds by bytes would otherwise show a broken character.
    static func appendLine(_ line: String, to out: inout String) {
        let bytes = line.utf8
        guard bytes.count > lineLimit else {
            out += line
            out += "\r\n"
            return
        }
        var start = bytes.startIndex
        var room = lineLimit
        while start != bytes.endIndex {
            var end = bytes.index(start, offsetBy: room, limitedBy: bytes.endIndex) ?? bytes.endIndex
            // Step back off continuation bytes (10xxxxxx) to the start of the character.
            while end != bytes.endIndex, end != start, bytes[end] & 0xC0 == 0x80 {
                end = bytes.index(before: end)
            }
            if start != bytes.startIndex { out += " " }
            out += String(decoding: bytes[start..<end], as: UTF8.self)
            out += "\r\n"
            start = end
            room = lineLimit - 1  // the leading space counts
        }
    }

    /// A DATE value, `YYYYMMDD`.
    static func date(_ date: SchoolDate) -> String {
        let (year, month, day) = date.components
        return padded(year, 4) + padded(month, 2) + padded(day, 2)
    }

    /// A UID part from a plan id: letters, digits, `-`, `.` and `_` stay as they are; any other
    /// byte is written `%XX`, so the result is safe in any client and distinct ids stay distinct.
    static func uidPart(_ id: String) -> String {
        var out = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%"
                out.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                out.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
