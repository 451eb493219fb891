/// An exact amount of money, in cents of the plan's currency.
///
/// Money is never a binary floating-point number: sums of thousands of cost lines must come
/// to the cent a business office gets. Cents are kept in 128 bits, so no sum a plan can make
/// (every amount is capped, see `Money.largest`) overflows.
///
/// The rounding rules, stated once: amounts in a plan are whole cents (a fraction of a cent is
/// an error); products by counts and months are exact; only a part of an amount (`share(_:)`: a
/// funding split, a cap such as 15%; `split(weights:)`: a cost bought for several schools, shared
/// by their enrollment) can fall between cents, and it rounds to the nearest cent, half a cent
/// away from zero. A split's last part takes what is left, so the parts always add up to the whole.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public var cents: Int128

    public init(cents: Int128) { self.cents = cents }
    public init(dollars: Int) { cents = Int128(dollars) * 100 }

    public static let zero = Money(cents: 0)
    /// The largest amount one line of a plan may state: a billion. A larger one is a typo.
    public static let largest = Money(dollars: 1_000_000_000)

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    public static func * (a: Money, count: Int) -> Money { Money(cents: a.cents * Int128(count)) }

    public var isZero: Bool { cents == 0 }
    public var isNegative: Bool { cents < 0 }

    /// `share` of this amount, to the nearest cent, half away from zero.
    public func share(_ share: Share) -> Money {
        Money(cents: Self.divideRounding(cents * Int128(share.basisPoints), by: Int128(Share.whole)))
    }

    /// This amount divided by a count, to the nearest cent: spending per student.
    public func divided(by count: Int) -> Money {
        precondition(count > 0, "divide money by a positive count")
        return Money(cents: Self.divideRounding(cents, by: Int128(count)))
    }

    /// Parts of this amount in the given shares, which add up to it exactly: each part but the
    /// last is rounded (`share(_:)`), the last takes what is left.
    public func split(_ shares: [Share]) -> [Money] {
        var parts = shares.dropLast().map(share)
        parts.append(self - parts.reduce(.zero, +))
        return parts
    }

    /// Parts of this amount in proportion to `weights` (all at least 0, not all 0), adding up to it
    /// exactly: each part but the last is rounded, the last takes what is left.
    public func split(weights: [Int]) -> [Money] {
        let whole = Int128(weights.reduce(0, +))
        precondition(whole > 0, "split money by weights that add up to more than 0")
        var parts = weights.dropLast().map { Money(cents: Self.divideRounding(cents * Int128($0), by: whole)) }
        parts.append(self - parts.reduce(.zero, +))
        return parts
    }

    private static func divideRounding(_ value: Int128, by divisor: Int128) -> Int128 {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        guard remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
        return quotient + (value < 0 ? -1 : 1)
    }

    /// Plain, for CSV and JSON: `18400.00`, `-12.50`. Always two decimals, no separators.
    public var plain: String {
        let magnitude = cents.magnitude
        let units = magnitude / 100, hundredths = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(units)." + (hundredths < 10 ? "0" : "") + "\(hundredths)"
    }

    public var description: String { plain }

    /// Reads an amount as a plan writes it: `18400`, `18400.5`, `18,400.00`, `$18,400`.
    /// Nil for anything else, including a fraction of a cent and amounts past `largest`.
    public init?(written text: String) {
        var digits = Substring(text.trimmingSpaces)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        if digits.hasPrefix("$") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, Self.isGrouped(whole) else { return nil }
        let wholeDigits = whole.filter { $0 != "," }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.count <= 2,
              fraction.utf8.allSatisfy({ (48...57).contains($0) }), wholeDigits.count <= 13,
              let units = Int128(String(wholeDigits)) else { return nil }
        let hundredths = fraction.isEmpty ? 0 : Int128(String(fraction))! * (fraction.count == 1 ? 10 : 1)
        let cents = units * 100 + hundredths
        guard cents <= Money.largest.cents else { return nil }
        self.cents = negative ? -cents : cents
    }

    /// Digits, with commas only between groups of three (`18,400`, not `1,84,00`).
    private static func isGrouped(_ whole: Substring) -> Bool {
        guard whole.utf8.allSatisfy({ (48...57).contains($0) || $0 == UInt8(ascii: ",") }) else { return false }
        guard whole.contains(",") else { return true }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Money: Codable {
    /// Written plain (`18400.00`) as a JSON string: a JSON number would be read back as binary
    /// floating point by most tools, and the cents must survive.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(plain)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let money = Money(written: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an amount: \(text)"))
        }
        self = money
    }
}

extension String {
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
