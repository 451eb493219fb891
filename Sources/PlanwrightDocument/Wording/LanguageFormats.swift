import Foundation

/// How a language writes the parts of dates, numbers and money, from the platform's locale data
/// (ICU, through Foundation) for the locale its strings file names (`Language: es_US`). The
/// order of a date's parts is the strings file's (`date_short`), so a translator sets it.
///
/// Names are read once per language, not per date: a state's build writes millions of dates.
package struct LanguageFormats: Sendable {
    package let locale: Locale
    /// Short weekday names, Monday first as `Weekday` counts: "Mon" … "Sun", "lun" … "dom".
    package let weekdays: [String]
    /// Short month names: "Jan" … "Dec", "ene" … "dic".
    package let months: [String]
    private let integer: IntegerFormatStyle<Int>

    package init(locale identifier: String) {
        locale = Locale(identifier: identifier)
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        let sundayFirst = formatter.shortWeekdaySymbols ?? []
        weekdays = sundayFirst.count == 7 ? Array(sundayFirst[1...]) + [sundayFirst[0]] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = formatter.shortMonthSymbols ?? []
        self.months = months.count == 12 ? months : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        integer = IntegerFormatStyle<Int>(locale: locale)
        let style = integer
        small = (0..<1000).map { $0.formatted(style) }
    }

    /// 0 to 999, written once: a formatter call costs microseconds, and a state's people pages
    /// write millions of counts, days and hours, nearly all of them small.
    private let small: [String]

    package func number(_ n: Int) -> String { n >= 0 && n < small.count ? small[n] : n.formatted(integer) }

    /// A language's name in this language, from the platform's locale data ("inglés", "vietnamita"):
    /// nil where it has none. English names come from the plan format's own table instead, so the
    /// English a plan's messages give is the same on every machine.
    package func languageName(_ code: String) -> String? {
        locale.localizedString(forLanguageCode: code).flatMap { $0 == code ? nil : $0 }
    }
}
