/// A fiscal year, named as US districts name it: by the calendar year it ends in. With the
/// default July 1 start, FY2027 runs from July 1, 2026 to June 30, 2027; with a January 1
/// start it is the calendar year 2027.
public struct FiscalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var endingYear: Int

    public init(endingYear: Int) { self.endingYear = endingYear }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.endingYear < b.endingYear }
    public func adding(years: Int) -> FiscalYear { FiscalYear(endingYear: endingYear + years) }

    /// "FY2027".
    public var description: String { "FY\(endingYear)" }

    /// A run of fiscal years as every budget sentence writes it: "FY2027–FY2031", or "FY2027"
    /// when it is one year.
    public static func span(_ first: FiscalYear, _ last: FiscalYear) -> String {
        first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// Reads `FY2027` (any case) or `2027`; a two-digit `FY27` is refused, as it could be misread.
    public init?(written text: String) {
        var body = Substring(text.trimmingSpaces)
        if body.uppercased().hasPrefix("FY") { body = body.dropFirst(2) }
        guard body.count == 4, body.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(body), year >= 1901 else { return nil }
        endingYear = year
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let year = FiscalYear(written: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fiscal year: \(text)"))
        }
        self = year
    }
}

/// When the district's fiscal year starts: July 1 unless the plan says otherwise.
public struct FiscalCalendar: Hashable, Sendable {
    public var startMonth: Int
    public var startDay: Int

    public init(startMonth: Int = 7, startDay: Int = 1) {
        self.startMonth = startMonth
        self.startDay = startDay
    }

    /// The fiscal year a date falls in.
    public func year(of date: SchoolDate) -> FiscalYear {
        let (y, m, d) = date.components
        if startMonth == 1, startDay == 1 { return FiscalYear(endingYear: y) }
        return FiscalYear(endingYear: (m, d) >= (startMonth, startDay) ? y + 1 : y)
    }

    /// The first day of a fiscal year.
    public func firstDay(of year: FiscalYear) -> SchoolDate {
        let startsInYear = startMonth == 1 && startDay == 1 ? year.endingYear : year.endingYear - 1
        // The decoder takes start days 1-28 only, so the date exists in every year.
        return SchoolDate(year: startsInYear, month: startMonth, day: startDay)!
    }

    /// The last day of a fiscal year, the day before the next one starts.
    public func lastDay(of year: FiscalYear) -> SchoolDate { firstDay(of: year.adding(years: 1)).adding(days: -1) }

    /// "Jul 1": how messages say the start.
    public var startWords: String { "\(PeopleDates.months[startMonth - 1]) \(startDay)" }
}

extension SchoolDate {
    /// The same day `months` months later; a day the month lacks (Jan 31 plus a month) is its
    /// last day (Feb 28). A payment due on the 31st is paid at each month's end.
    public func adding(months: Int) -> SchoolDate {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + months
        let year = index / 12, month = index % 12 + 1
        return SchoolDate(year: year, month: month, day: min(d, SchoolDate.daysIn(month: month, year: year)))!
    }
}
