import PlanwrightModel

/// The text rules of iCalendar (RFC 5545): escaped TEXT values (§3.3.11), DATE values (§3.3.4),
/// and content lines folded at 75 octets (§3.1). They work on UTF-8 bytes, which is what the
/// 75-octet rule counts; every byte they treat specially is ASCII, and ASCII bytes never occur
/// inside a multi-byte UTF-8 sequence, so working byte by byte cannot damage a character.
enum ICalendarText {
    /// A physical line holds at most 75 octets, not counting its CRLF (§3.1).
    static let lineLimit = 75

    /// Appends a TEXT value: backslash, semicolon and comma are escaped, and any line break
    /// becomes `\n`. Other control characters are not allowed in TEXT (§3.3.11 TSAFE-CHAR), so
    /// they are dropped rather than written into a file clients may refuse; a tab is kept.
    static func appendEscaped(_ text: String, to line: inout [UInt8]) {
        var afterCR = false
        for byte in text.utf8 {
            switch byte {
            case Byte.backslash, Byte.semicolon, Byte.comma:
                line.append(Byte.backslash)
                line.append(byte)
            case Byte.cr:
                line.append(Byte.backslash)
                line.append(Byte.n)
            case Byte.lf where !afterCR:  // CRLF is one line break, not two
                line.append(Byte.backslash)
                line.append(Byte.n)
            case Byte.tab:
                line.append(byte)
            case 0..<0x20, 0x7F:
                break
            default:
                line.append(byte)
            }
            afterCR = byte == Byte.cr
        }
    }

    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one content line, folded so that no physical line exceeds 75 octets, each ending
    /// in CRLF; continuations start with one space. A fold never falls inside a UTF-8 sequence
    /// (RFC 5545 permits it, but a client that unfolds carelessly would show a broken character).
    static func appendFolded(_ line: [UInt8], to out: inout [UInt8]) {
        var start = 0
        var room = lineLimit
        repeat {
            var end = min(start + room, line.count)
            // Step back off continuation bytes (10xxxxxx) to the start of the character.
            while end < line.count, end > start, line[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(Byte.space) }
            out.append(contentsOf: line[start..<end])
            out.append(Byte.cr)
            out.append(Byte.lf)
            start = end
            room = lineLimit - 1  // the leading space counts
        } while start < line.count
    }

    /// Appends a DATE value, `YYYYMMDD`.
    /// `YYYYMMDDTHHMM00`: a local ("floating") date and time, RFC 5545 §3.3.5 form 1. A plan has
    /// no time zone, as its dates have none: 13:30 is 13:30 wherever the school is.
    static func appendDateTime(_ date: SchoolDate, minutes: Int, to line: inout [UInt8]) {
        // 24:00 as an end is midnight, the start of the next day.
        let (day, time) = minutes >= 24 * 60 ? (date.adding(days: 1), minutes - 24 * 60) : (date, minutes)
        appendDate(day, to: &line)
        line.append(UInt8(ascii: "T"))
        line.append(contentsOf: SlotTime.clock(time).utf8.filter { $0 != UInt8(ascii: ":") })
        line.append(contentsOf: "00".utf8)
    }

    static func appendDate(_ date: SchoolDate, to line: inout [UInt8]) {
        let (_, month, day) = date.components
        // The year as every date prints it: four digits (0999), never cut to its last four.
        line.append(contentsOf: date.yearText.utf8)
        for (number, width) in [(month, 2), (day, 2)] {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = number
            while divisor > 0 {
                line.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
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

    private enum Byte {
        static let backslash = UInt8(ascii: "\\"), semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
        static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        static let space = UInt8(ascii: " "), n = UInt8(ascii: "n")
    }
}
