import PlanwrightModel
import Foundation

/// A DATE or DATE-TIME value of an iCalendar file, in the frame it is written in.
///
/// Times are kept as wall-clock time (a date and seconds since midnight) in their frame:
/// floating (no zone), UTC (`Z`), or a TZID. Recurrences repeat in wall-clock time, so a
/// TZID only matters when a value written in one frame is compared with one in another.
struct ICSTime: Equatable {
    enum Frame: Equatable {
        case floating, utc
        case zone(TimeZone)
    }

    var date: SchoolDate
    /// Seconds since midnight; nil for a DATE (an all-day value).
    var seconds: Int?
    var frame: Frame

    var isDate: Bool { seconds == nil }

    /// Reads `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`; nil for anything else.
    static func parse(_ value: String, zone: TimeZone?) -> ICSTime? {
        let bytes = Array(value.utf8)
        guard bytes.count == 8 || bytes.count == 15 || bytes.count == 16 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                result = result * 10 + Int(byte - 48)
            }
            return result
        }
        guard let year = number(0..<4), year >= 1, let month = number(4..<6), let day = number(6..<8),
              let date = SchoolDate(year: year, month: month, day: day) else { return nil }
        if bytes.count == 8 { return ICSTime(date: date, seconds: nil, frame: .floating) }
        guard bytes[8] == UInt8(ascii: "T"), let hour = number(9..<11), hour < 24, let minute = number(11..<13), minute < 60,
              let second = number(13..<15), second <= 60 else { return nil }
        if bytes.count == 16 && bytes[15] != UInt8(ascii: "Z") { return nil }
        let frame: Frame = bytes.count == 16 ? .utc : zone.map { .zone($0) } ?? .floating
        return ICSTime(date: date, seconds: hour * 3600 + minute * 60 + min(second, 59), frame: frame)
    }

    /// Seconds since 1970-01-01 of the wall-clock time, as if it were UTC.
    var wall: Int { date.dayNumber * 86_400 + (seconds ?? 0) }

    /// The day a wall-clock time in seconds falls on: whole days rounded down, also before 1970.
    static func day(ofWall seconds: Int) -> SchoolDate {
        let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
        return SchoolDate(dayNumber: rest < 0 ? days - 1 : days)
    }

    /// This value as wall-clock time in `target`'s frame. A DATE, or a floating value, is the
    /// same in every frame (RFC 5545 §3.3.5: floating times are local wherever they are read).
    func wall(in target: Frame) -> Int {
        guard !isDate, frame != target, frame != .floating, target != .floating else { return wall }
        let instant: Int
        switch frame {
        case .utc, .floating: instant = wall
        case let .zone(zone): instant = Self.instant(ofWall: wall, in: zone)
        }
        switch target {
        case .utc, .floating: return instant
        case let .zone(zone): return instant + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
    }

    /// The instant a wall-clock time in `zone` names (the later reading of a time a DST change repeats).
    static func instant(ofWall wall: Int, in zone: TimeZone) -> Int {
        let guess = wall - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        return wall - zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
    }
}

/// The time zones TZIDs name: IANA names, as Google and most feeds write them, and the
/// Windows names Outlook writes for the US zones (and a few others districts meet).
enum ICSTimeZones {
    static let windows: [String: String] = [
        "Eastern Standard Time": "America/New_York", "US Eastern Standard Time": "America/Indiana/Indianapolis",
        "Central Standard Time": "America/Chicago", "Mountain Standard Time": "America/Denver",
        "US Mountain Standard Time": "America/Phoenix", "Pacific Standard Time": "America/Los_Angeles",
        "Alaskan Standard Time": "America/Anchorage", "Hawaiian Standard Time": "Pacific/Honolulu",
        "Atlantic Standard Time": "America/Halifax", "Newfoundland Standard Time": "America/St_Johns",
        "Aleutian Standard Time": "America/Adak", "SA Pacific Standard Time": "America/Bogota",
        "GMT Standard Time": "Europe/London", "W. Europe Standard Time": "Europe/Berlin",
        "UTC": "UTC", "Coordinated Universal Time": "UTC",
    ]

    /// The zone a TZID names, or nil. Also reads Outlook's `(UTC-05:00) Eastern Time (US & Canada)`
    /// labels and prefixed names such as `/mozilla.org/20050126_1/America/New_York`.
    static func zone(_ tzid: String) -> TimeZone? {
        let name = tzid.trimmingCharacters(in: .whitespaces)
        if let mapped = windows[name] { return TimeZone(identifier: mapped) }
        if name.contains("/"), let zone = TimeZone(identifier: name) { return zone }
        let parts = name.split(separator: "/")
        for start in parts.indices.dropFirst() where parts.count - start <= 3 {
            if let zone = TimeZone(identifier: parts[start...].joined(separator: "/")) { return zone }
        }
        for (label, identifier) in outlookLabels where name.contains(label) { return TimeZone(identifier: identifier) }
        return name == "GMT" || name == "UTC" || name == "Z" ? TimeZone(identifier: "UTC") : nil
    }

    private static let outlookLabels: [(String, String)] = [
        ("Eastern Time", "America/New_York"), ("Central Time", "America/Chicago"), ("Mountain Time", "America/Denver"),
        ("Arizona", "America/Phoenix"), ("Pacific Time", "America/Los_Angeles"), ("Alaska", "America/Anchorage"), ("Hawaii", "Pacific/Honolulu"),
    ]
}

/// An iCalendar DURATION (`P1D`, `PT1H30M`, `P1W`), in days and seconds.
struct ICSDuration {
    var days: Int
    var seconds: Int

    static func parse(_ value: String) -> ICSDuration? {
        var text = Substring(value)
        var sign = 1
        if text.first == "+" { text = text.dropFirst() } else if text.first == "-" { sign = -1; text = text.dropFirst() }
        guard text.first == "P" else { return nil }
        text = text.dropFirst()
        var days = 0, seconds = 0, digits = "", inTime = false, any = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                // Six digits is 2,700 years of days: enough, and no overflow.
                guard digits.count <= 6 else { return nil }
                continue
            }
            if character == "T" { guard digits.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let number = Int(digits) else { return nil }
            switch (character, inTime) {
            case ("W", false): days += 7 * number
            case ("D", false): days += number
            case ("H", true): seconds += 3600 * number
            case ("M", true): seconds += 60 * number
            case ("S", true): seconds += number
            default: return nil
            }
            digits = ""; any = true
        }
        guard any, digits.isEmpty else { return nil }
        return ICSDuration(days: sign * days, seconds: sign * seconds)
    }
}
