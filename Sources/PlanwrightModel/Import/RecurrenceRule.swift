import Foundation
import PlanwrightDocument

/// An RRULE (RFC 5545 §3.3.10), as far as school calendars use it: a daily, weekly, monthly
/// or yearly rule with INTERVAL, COUNT, UNTIL, BYDAY (with ordinals: 2MO, -1FR), BYMONTH,
/// BYMONTHDAY, BYSETPOS and WKST.
struct RecurrenceRule {
    enum Frequency: String { case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY" }

    /// A BYDAY entry: a weekday, and for monthly and yearly rules which one (2 = second, -1 = last).
    struct DayEntry: Equatable {
        var ordinal: Int?
        var weekday: Weekday
    }

    var frequency: Frequency
    /// At most a million: a larger step never comes back inside a plan's dates, and stays far from overflow.
    var interval = 1
    var count: Int?
    var until: ICSTime?
    var byDay: [DayEntry] = []
    var byMonth: [Int] = []
    var byMonthDay: [Int] = []
    var bySetPos: [Int] = []
    var weekStart = Weekday.monday

    static let weekdayCodes: [String: Weekday] = ["MO": .monday, "TU": .tuesday, "WE": .wednesday, "TH": .thursday,
                                                  "FR": .friday, "SA": .saturday, "SU": .sunday]

    /// The rule, or what is wrong with it in words (the sentence goes after "this RRULE ...").
    static func parse(_ value: String, zone: TimeZone?) -> Result<RecurrenceRule, Problem> {
        var frequency: Frequency?
        var rule = RecurrenceRule(frequency: .daily)
        for part in value.split(separator: ";") where !part.isEmpty {
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { return .failure(Problem("has '\(Excerpt.of(String(part)))', which is not NAME=VALUE")) }
            let (name, text) = (pieces[0].uppercased(), pieces[1].uppercased())
            func numbers(_ range: ClosedRange<Int>, _ what: String) -> Result<[Int], Problem> {
                var list: [Int] = []
                for item in text.split(separator: ",") {
                    guard item.count <= 4, let number = Int(item), number != 0, range.contains(abs(number)) else {
                        return .failure(Problem("has \(name)=\(Excerpt.of(text)); each \(what) must be a number from \(range.lowerBound) to \(range.upperBound) (or minus that, counting from the end)"))
                    }
                    list.append(number)
                }
                return .success(list)
            }
            switch name {
            case "FREQ":
                guard let read = Frequency(rawValue: text) else {
                    if ["HOURLY", "MINUTELY", "SECONDLY"].contains(text) { return .failure(Problem("repeats \(text.lowercased()), within a day; school calendars list days", unsupported: true)) }
                    return .failure(Problem("has FREQ=\(Excerpt.of(text)); write DAILY, WEEKLY, MONTHLY or YEARLY"))
                }
                frequency = read
            case "INTERVAL":
                guard text.count <= 12, let number = Int(text), number >= 1 else { return .failure(Problem("has INTERVAL=\(Excerpt.of(text)); it must be a whole number, 1 or more")) }
                rule.interval = min(number, 1_000_000)
            case "COUNT":
                guard text.count <= 12, let number = Int(text), number >= 1 else { return .failure(Problem("has COUNT=\(Excerpt.of(text)); it must be a whole number, 1 or more")) }
                rule.count = number
            case "UNTIL":
                guard let until = ICSTime.parse(text, zone: zone) else { return .failure(Problem("has UNTIL=\(Excerpt.of(text)), which is not a date written YYYYMMDD or YYYYMMDDTHHMMSSZ")) }
                rule.until = until
            case "BYDAY":
                for item in text.split(separator: ",") {
                    guard item.count >= 2, item.count <= 5, let weekday = weekdayCodes[String(item.suffix(2))] else {
                        return .failure(Problem("has BYDAY=\(Excerpt.of(text)); each day is MO, TU, WE, TH, FR, SA or SU, with a number before it for which one (2MO, -1FR)"))
                    }
                    let prefix = item.dropLast(2)
                    if prefix.isEmpty { rule.byDay.append(DayEntry(ordinal: nil, weekday: weekday)); continue }
                    guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 53 else {
                        return .failure(Problem("has BYDAY=\(Excerpt.of(text)); the number before a day says which one, from 1 to 53 or -1 to -53"))
                    }
                    rule.byDay.append(DayEntry(ordinal: ordinal, weekday: weekday))
                }
            case "BYMONTH":
                switch numbers(1...12, "month") {
                case let .success(list) where list.allSatisfy({ $0 > 0 }): rule.byMonth = list
                case .success: return .failure(Problem("has BYMONTH=\(Excerpt.of(text)); each month must be a number from 1 to 12"))
                case let .failure(problem): return .failure(problem)
                }
            case "BYMONTHDAY":
                switch numbers(1...31, "day of the month") { case let .success(list): rule.byMonthDay = list; case let .failure(problem): return .failure(problem) }
            case "BYSETPOS":
                switch numbers(1...366, "position") { case let .success(list): rule.bySetPos = list; case let .failure(problem): return .failure(problem) }
            case "WKST":
                guard let day = weekdayCodes[text] else { return .failure(Problem("has WKST=\(Excerpt.of(text)); write MO, TU, WE, TH, FR, SA or SU")) }
                rule.weekStart = day
            case "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND":
                return .failure(Problem("uses \(name), which Planwright does not read", unsupported: true))
            default:
                // X- parts and future extensions say nothing about which days.
                continue
            }
        }
        guard let frequency else { return .failure(Problem("has no FREQ; write FREQ=DAILY, WEEKLY, MONTHLY or YEARLY")) }
        if rule.count != nil, rule.until != nil { return .failure(Problem("has both COUNT and UNTIL; a rule ends one way")) }
        rule.frequency = frequency
        return .success(rule)
    }

    struct Problem: Error {
        var words: String
        /// A rule that is valid but outside what Planwright expands, rather than written wrong.
        var unsupported = false
        init(_ words: String, unsupported: Bool = false) { self.words = words; self.unsupported = unsupported }
    }
}
