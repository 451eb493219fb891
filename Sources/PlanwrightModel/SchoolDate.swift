import PlanwrightDocument

/// A calendar date with no time zone, as school calendars are written (`2026-09-08`).
///
/// Stored as days since 1970-01-01 so date arithmetic is exact and fast, and so
/// output never depends on the machine's time zone.
public struct SchoolDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// A date that exists in the proleptic Gregorian calendar, or nil (no 2027-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= SchoolDate.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        dayNumber = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        // There is no year 0000: the years written are 0001 to 9999, as `description` prints them.
        guard let year = number(0..<4), year >= 1, let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var weekday: Weekday { Weekday(rawValue: ((dayNumber % 7) + 7 + 3) % 7)! }

    public func adding(days: Int) -> SchoolDate { SchoolDate(dayNumber: dayNumber + days) }

    /// `YYYY-MM-DD`, the form `init(iso:)` reads back: 0999-01-01, not 999-01-01.
    public var description: String {
        let (y, m, d) = components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(Self.fourDigits(y))-\(two(m))-\(two(d))"
    }

    /// The year in at least four digits (0999), as dates and months are printed everywhere.
    public var yearText: String { Self.fourDigits(components.year) }

    private static func fourDigits(_ year: Int) -> String {
        let digits = String(abs(year))
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func < (a: SchoolDate, b: SchoolDate) -> Bool { a.dayNumber < b.dayNumber }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SchoolDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }
}

/// Days of the week, Monday first as school timetables are.
public enum Weekday: Int, CaseIterable, Sendable, Codable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var name: String { String(describing: self) }
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public init?(name: String) {
        guard let day = Weekday.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = day
    }
}

/// An inclusive run of dates with an optional name, such as "Winter break".
public struct DateSpan: Hashable, Sendable, Codable {
    public var name: String?
    public var from: SchoolDate
    public var to: SchoolDate
    public var location: SourceLocation

    public init(name: String?, from: SchoolDate, to: SchoolDate, location: SourceLocation) {
        self.name = name
        self.from = from
        self.to = to
        self.location = location
    }

    /// A closure as messages and schedules name it: its own name, or "a closed day".
    public var closureName: String { name ?? "a closed day" }

    public func contains(_ date: SchoolDate) -> Bool { from <= date && date <= to }

    /// The schools and grades a closure or testing window is for; nil for every school. A
    /// scoped span takes no day from the district's calendar, only from its schools'.
    public var scope: Scope? = nil
    /// The school ids the plan writes for it, where written, to resolve against the schools.
    public var schoolReferences: [Reference] = []
}
