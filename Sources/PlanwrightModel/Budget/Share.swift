/// A percentage, exact to a hundredth of a percent (`15%`, `12.5%`): a funding split or a cap.
public struct Share: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Hundredths of a percent: 15% is 1,500.
    public var basisPoints: Int
    public static let whole = 10_000
    public static let all = Share(basisPoints: whole)

    public init(basisPoints: Int) { self.basisPoints = basisPoints }

    /// The share as people read it, to the nearest whole percent ("32%"): a finding or a table
    /// that says 31.67% claims a precision no count of users has.
    public var wholePercent: String { "\((basisPoints + 50) / 100)%" }

    public static func < (a: Share, b: Share) -> Bool { a.basisPoints < b.basisPoints }

    /// Reads `15%`, `15`, `12.5%` or `12.50`: a percentage from 0 to 100.
    public init?(written text: String) {
        var body = Substring(text.trimmingSpaces)
        if body.hasSuffix("%") { body = body.dropLast() }
        body = Substring(String(body).trimmingSpaces)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 3, let percent = Int(whole),
              whole.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.count <= 2, fraction.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let hundredths = fraction.isEmpty ? 0 : Int(fraction)! * (fraction.count == 1 ? 10 : 1)
        let points = percent * 100 + hundredths
        guard points <= Share.whole else { return nil }
        basisPoints = points
    }

    /// `15%`, `12.5%`, `33.33%`.
    public var description: String {
        let whole = basisPoints / 100, hundredths = basisPoints % 100
        if hundredths == 0 { return "\(whole)%" }
        return hundredths % 10 == 0 ? "\(whole).\(hundredths / 10)%" : "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)%"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let share = Share(written: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a percentage: \(text)"))
        }
        self = share
    }
}
