import PlanwrightDocument

/// The plan's currency, and amounts written for people in it: "$18,400", "$18,400.50".
///
/// People read whole amounts without cents, and cents only where there are some, so an amount
/// for people is never rounded: the handout and the business office's CSV agree to the cent.
public struct Currency: Hashable, Sendable, Codable {
    /// An ISO 4217 code, such as USD.
    public var code: String

    public init(code: String) { self.code = code }
    public static let usd = Currency(code: "USD")

    /// Symbols written before the amount; other currencies are written after it by their code.
    static let symbols: [String: String] = ["USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "GBP": "£", "EUR": "€"]

    /// "$18,400", "$18,400.50", "-$1,200", or "18,400 CHF".
    public func words(_ money: Money) -> String {
        let magnitude = money.cents.magnitude
        let units = DiagnosticCollector.grouped(magnitude / 100), hundredths = magnitude % 100
        let number = units + (hundredths == 0 ? "" : "." + (hundredths < 10 ? "0" : "") + "\(hundredths)")
        let sign = money.isNegative ? "-" : ""
        if let symbol = Self.symbols[code] { return sign + symbol + number }
        return sign + number + " " + code
    }

    /// A change, with its sign always shown: "+$42,000", "-$1,200", "no change".
    public func change(_ money: Money) -> String {
        money.isZero ? "no change" : (money.isNegative ? "" : "+") + words(money)
    }
}
