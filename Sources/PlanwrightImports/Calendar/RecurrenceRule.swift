import Foundation
import PlanwrightDocument
import PlanwrightModel

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
            guard pieces.count == 2 else { return .failure(Problem(Message("ics_rule_not_name_value", ["part": .text(Excerpt.of(String(part)))]))) }
            let (name, text) = (pieces[0].uppercased(), pieces[1].uppercased())
            func numbers(_ range: ClosedRange<Int>, _ what: Message) -> Result<[Int], Problem> {
                var list: [Int] = []
                for item in text.split(separator: ",") {
                    guard item.count <= 4, let number = Int(item), number != 0, range.contains(abs(number)) else {
                        return .failure(Problem(Message("ics_rule_number_out_of_range", ["part": .text("\(name)=\(Excerpt.of(text))"), "what": .message(what),
                                                                         "from": .number(range.lowerBound), "to": .number(range.upperBound)])))
                    }
                    list.append(number)
                }
                return .success(list)
            }
            switch name {
            case "FREQ":
                guard let read = Frequency(rawValue: text) else {
                    if ["HOURLY", "MINUTELY", "SECONDLY"].contains(text) { return .failure(Problem(Message("ics_rule_within_a_day", ["frequency": .text(text.lowercased())]), unsupported: true)) }
                    return .failure(Problem(Message("ics_rule_frequency_unknown", ["value": .text(Excerpt.of(text))])))
                }
                frequency = read
            case "INTERVAL":
                guard text.count <= 12, let number = Int(text), number >= 1 else { return .failure(Problem(Message("ics_rule_interval_unknown", ["value": .text(Excerpt.of(text))]))) }
                rule.interval = min(number, 1_000_000)
            case "COUNT":
                guard text.count <= 12, let number = Int(text), number >= 1 else { return .failure(Problem(Message("ics_rule_count_unknown", ["value": .text(Excerpt.of(text))]))) }
                rule.count = number
            case "UNTIL":
                guard let until = ICSTime.parse(text, zone: zone) else { return .failure(Problem(Message("ics_rule_until_unknown", ["value": .text(Excerpt.of(text))]))) }
                rule.until = until
            case "BYDAY":
                for item in text.split(separator: ",") {
                    guard item.count >= 2, item.count <= 5, let weekday = weekdayCodes[String(item.suffix(2))] else {
                        return .failure(Problem(Message("ics_rule_day_unknown", ["value": .text(Excerpt.of(text))])))
                    }
                    let prefix = item.dropLast(2)
                    if prefix.isEmpty { rule.byDay.append(DayEntry(ordinal: nil, weekday: weekday)); continue }
                    guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 53 else {
                        return .failure(Problem(Message("ics_rule_day_ordinal_unknown", ["value": .text(Excerpt.of(text))])))
                    }
                    rule.byDay.append(DayEntry(ordinal: ordinal, weekday: weekday))
                }
            case "BYMONTH":
                switch numbers(1...12, Message("ics_rule_each_month")) {
                case let .success(list) where list.allSatisfy({ $0 > 0 }): rule.byMonth = list
                case .success: return .failure(Problem(Message("ics_rule_month_negative", ["value": .text(Excerpt.of(text))])))
                case let .failure(problem): return .failure(problem)
                }
            case "BYMONTHDAY":
                switch numbers(1...31, Message("ics_rule_each_day_of_month")) { case let .success(list): rule.byMonthDay = list; case let .failure(problem): return .failure(problem) }
            case "BYSETPOS":
                switch numbers(1...366, Message("ics_rule_each_position")) { case let .success(list): rule.bySetPos = list; case let .failure(problem): return .failure(problem) }
            case "WKST":
                guard let day = weekdayCodes[text] else { return .failure(Problem(Message("ics_rule_week_start_unknown", ["value": .text(Excerpt.of(text))]))) }
                rule.weekStart = day
            case "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND":
                return .failure(Problem(Message("ics_rule_part_not_read", ["part": .text(name)]), unsupported: true))
            default:
                // X- parts and future extensions say nothing about which days.
                continue
            }
        }
        guard let frequency else { return .failure(Problem(Message("ics_rule_no_frequency"))) }
        if rule.count != nil, rule.until != nil { return .failure(Problem(Message("ics_rule_count_and_until"))) }
        rule.frequency = frequency
        return .success(rule)
    }

    struct Problem: Error {
        var words: Message
        /// A rule that is valid but outside what Planwright expands, rather than written wrong.
        var unsupported = false
        init(_ words: Message, unsupported: Bool = false) { self.words = words; self.unsupported = unsupported }
    }
}
