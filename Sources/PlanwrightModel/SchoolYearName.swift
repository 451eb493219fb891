/// A school year as districts name it, "2026-27": the year it starts in and the next. Work
/// carried over from an earlier year (`carried_from: 2026-27`) says which year it was planned in.
public struct SchoolYearName: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year the school year starts in: 2026 for 2026-27.
    public var firstYear: Int

    public init(firstYear: Int) { self.firstYear = firstYear }

    /// The year a school year starting on `start` is named by.
    public init(starting start: SchoolDate) { firstYear = start.components.year }

    /// `2026-27` or `2026-2027`; nil for anything else, or a second year that does not follow the first.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2 || parts[1].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
        let follows = parts[1].count == 2 ? second == (first + 1) % 100 : second == first + 1
        guard follows else { return nil }
        firstYear = first
    }

    /// As the plan file writes it: `2026-27`.
    public var description: String {
        let next = (firstYear + 1) % 100
        return "\(firstYear)-\(next < 10 ? "0" : "")\(next)"
    }

    public static func < (a: SchoolYearName, b: SchoolYearName) -> Bool { a.firstYear < b.firstYear }
}
