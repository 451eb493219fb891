import Foundation

/// Messages worded in this language: the diagnostics, and any fact the planner hands over as a `Message`.
extension Wording {
    public func say(_ message: Message) -> String {
        if let english = message.englishText { return english }
        var filled: [String: String] = [:]
        for (name, value) in message.values { filled[name] = say(value) }
        guard let count = message.count else { return text(message.key, filled) }
        return text(message.key, count: count, filled)
    }

    public func say(_ value: Message.Value) -> String {
        switch value {
        case let .text(text): text
        case let .number(n): number(n)
        case let .list(items): list(items.map(say))
        case let .message(message): say(message)
        case let .money(cents, currency): money(cents: cents, currency: currency)
        case let .language(code, englishName): language == "en" ? englishName : formats.languageName(code) ?? code
        case let .day(weekday, month, day, year): self.day(weekday: weekday, month: month, day: day, year: year)
        }
    }
}

extension Wording {
    /// "Fri, Oct 2", or "Fri, Oct 2, 2026" with a year: the strings file orders the parts
    /// (`date_short`, `date_with_year`), the platform's locale names the weekday and month.
    public func day(weekday: Int, month: Int, day: Int, year: String?) -> String {
        var values = ["weekday": formats.weekdays[weekday], "month": formats.months[month - 1], "day": number(day)]
        guard let year else { return text("date_short", values) }
        values["year"] = year
        return text("date_with_year", values)
    }

    /// An amount as the language writes it, cents only where there are some: "$18,400", "$18,400.50".
    /// Exact: the amount goes to the formatter as a decimal of its cents, never a binary double.
    public func money(cents: Int128, currency code: String) -> String {
        let magnitude = Decimal(string: String(cents.magnitude), locale: Locale(identifier: "en_US_POSIX")) ?? 0
        let amount = Decimal(sign: cents < 0 ? .minus : .plus, exponent: -2, significand: magnitude)
        let style = Decimal.FormatStyle.Currency(code: code, locale: formats.locale).precision(.fractionLength(cents % 100 == 0 ? 0 : 2))
        return amount.formatted(style)
    }
}
