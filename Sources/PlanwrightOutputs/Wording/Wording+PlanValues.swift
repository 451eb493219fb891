import Foundation
import PlanwrightDocument
import PlanwrightModel

/// The outputs' side of `Wording`: texts by typed key, and the plan's own values (days, money)
/// written as the language writes them. The wording core reads the strings files in the lowest
/// stage, so diagnostics are worded from the same files; these need the model's types.
extension Wording {
    /// The text of `key`, its `{name}` placeholders filled from `values`.
    public func callAsFunction(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, values)
    }

    /// The form of `key` that agrees with `n` by the language's plural rule, with `{count}`
    /// written as the language writes numbers: "1 school", "12 schools", "1.200 escuelas".
    public func count(_ key: WordKey, _ n: Int, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, count: n, values)
    }

    /// A day as people read it: "Fri, Oct 2", or with its year ("Fri, Oct 2, 2026") for a date
    /// outside the plan's school year, in the language's order and names.
    public func day(_ date: SchoolDate, withYear: Bool = false) -> String {
        let (_, month, day) = date.components
        return self.day(weekday: date.weekday.rawValue, month: month, day: day, year: withYear ? date.yearText : nil)
    }

    /// An amount as the language writes it, cents only where there are some: "$18,400", "$18,400.50".
    public func money(_ money: Money, currency: Currency) -> String {
        self.money(cents: money.cents, currency: currency.code)
    }
}
