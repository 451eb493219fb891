import PlanwrightDocument
import PlanwrightModel

/// Decides what each imported event means: the plan's own rules first, in the order written,
/// then the defaults, which fit US district calendars. An event no rule matches has no meaning
/// here: the caller leaves it out and says so, never closing a school day on a guess.
package struct EventClassifier: Sendable {
    package let rules: [EventRule]

    /// The order is the point: "No School – Professional Development" is a PD day (staff
    /// train, students stay home), "Last Day of School – Early Dismissal" an early release, and
    /// "Winter Break" a closure. The more specific meanings come first.
    package static let defaults: [EventRule] = [
        EventRule(words: ["professional development", "professional learning", "staff development", "teacher workday", "teacher work day",
                          "teacher planning", "in service", "inservice", "pd day", "institute day", "pre service"], meaning: .pdDay),
        EventRule(words: ["state testing", "state assessment", "testing window", "standardized testing", "ap exam", "final exam",
                          "midterm exam", "exam week", "end of course exam",
                          "state … test"] + stateExams, meaning: .testing),
        EventRule(words: ["early dismissal", "early release", "early out", "half day", "minimum day", "early closing", "dismissed … early"],
                  meaning: .earlyRelease),
        EventRule(words: ["delayed opening", "late start", "late opening"], meaning: .ignored),
        // Words that close school whatever else the title says: "No School – Thanksgiving Lunch Cancelled".
        EventRule(words: ["no school", "closed", "closure", "snow day", "schools closed", "day off"], meaning: .closed),
        // A holiday or break closes school when the title says only that: "Christmas Break" does,
        // "Holiday Concert" does not (`HolidayTitle`).
        EventRule(words: holidayWords, meaning: .closed, namesHoliday: true),
        // After the closures: "Schools closed; students do not attend" is a closure, while
        // "Election Day – Students do not attend school" is a day staff work without students.
        EventRule(words: ["students do not attend", "students don t attend", "students will not attend", "no students", "student free day",
                          "staff only"], meaning: .pdDay),
        // The days a national holiday feed names with nothing more; a district open on one says
        // so with its own rule ({ words: [Veterans Day], means: ignored }).
        EventRule(words: holidayNames, meaning: .closed, namesHoliday: true),
        EventRule(words: ["first day", "last day", "back to school night", "open house", "graduation", "commencement",
                          "board meeting", "picture day", "end of marking period", "end of quarter", "report cards"], meaning: .ignored),
    ]

    /// Words for a time off school: closures when a title says nothing more.
    static let holidayWords = ["holiday", "break", "recess", "vacation"]

    /// Holidays by name, as a national feed or a district calendar writes them.
    static let holidayNames = ["labor day", "indigenous peoples day", "columbus day", "veterans day", "thanksgiving", "christmas",
                               "new year s day", "new year s eve", "martin luther king", "mlk day", "presidents day", "president s day",
                               "washington s birthday", "memorial day", "juneteenth", "independence day", "good friday", "easter"]

    /// State exams as district calendars name them, without saying "testing": New York's
    /// Regents, Texas's STAAR, Massachusetts's MCAS. A state not here is one import rule away:
    /// `{ words: [KPREP], means: testing }`.
    package static let stateExams = ["regents", "staar", "mcas", "njsla", "parcc", "smarter balanced", "sbac", "caaspp", "pssa",
                                     "keystone exam", "georgia milestones", "nyseslat", "nys ela", "nys math", "ilearn", "cmas",
                                     "psat", "sat school day", "act school day"]

    /// `planRules` go before the defaults, so a district's own words win.
    package init(planRules: [EventRule] = []) {
        rules = planRules + Self.defaults
    }

    /// The first rule whose words the event's SUMMARY or one of its CATEGORIES holds; failing
    /// that, the first whose words its DESCRIPTION holds. The title speaks first: a "Winter
    /// Recess" whose description mentions a staff-development day is still a closure.
    /// The rule that decides an event, when one does: `classify`'s, for a title that is not a
    /// holiday's name inside something more.
    package func rule(summary: String?, categories: [String], description: String? = nil) -> EventRule? {
        if case let .rule(rule)? = classify(summary: summary, categories: categories, description: description) { return rule }
        return nil
    }

    /// What an event means: by the first rule whose words its SUMMARY or one of its CATEGORIES
    /// holds; failing that, its DESCRIPTION. A built-in holiday rule is read against the whole
    /// text it matched (`HolidayTitle`); a plan's own rule closes as written.
    package func classify(summary: String?, categories: [String], description: String? = nil) -> EventReading? {
        let titles = ([summary].compactMap { $0 } + categories).map(Self.normalized)
        if let found = firstRule(holdingAnyOf: titles) { return reading(found) }
        return description.flatMap { firstRule(holdingAnyOf: [Self.normalized($0)]) }.map(reading)
    }

    private func reading(_ found: (rule: EventRule, word: String, text: String)) -> EventReading {
        guard found.rule.namesHoliday, found.rule.location == nil else { return .rule(found.rule) }
        return HolidayTitle(found.text, holiday: found.word).reading(closing: found.rule)
    }

    /// The first rule holding one of `texts`, with the word and the text that matched.
    private func firstRule(holdingAnyOf texts: [String]) -> (rule: EventRule, word: String, text: String)? {
        for rule in rules {
            for word in rule.words {
                if let text = texts.first(where: { Self.holds($0, word: word) }) { return (rule, word, text) }
            }
        }
        return nil
    }

    /// Whether `text` (normalized) holds a rule's `word`. A word with "…" between its parts
    /// holds them in order with up to `gapWords` words between: "dismissed … early" is in
    /// "students are dismissed three hours early".
    static func holds(_ text: String, word: String) -> Bool {
        let parts = word.components(separatedBy: "…").map(normalized).filter { $0 != " " }
        guard parts.count > 1 else {
            let phrase = normalized(word)
            return phrase != " " && holds(text, phrase)
        }
        var rest = Substring(text)
        for (index, part) in parts.enumerated() {
            guard let range = rest.range(of: part) else { return false }
            if index > 0 {
                let between = rest[rest.startIndex..<range.lowerBound].split(separator: " ").count
                if between > gapWords { return false }
            }
            // The space after a part starts the next search: parts share their boundary spaces.
            rest = rest[rest.index(before: range.upperBound)...]
        }
        return true
    }

    /// The most words "…" stands for: "dismissed two and a half hours early".
    static let gapWords = 5

    /// Lower case, each run of anything but letters and digits one space, a space at each end:
    /// "In-Service Day!" is " in service day ".
    static func normalized(_ text: String) -> String {
        var out = " "
        for scalar in text.lowercased().unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordCharacter { out.unicodeScalars.append(scalar) } else if out.last != " " { out += " " }
        }
        if out.last != " " { out += " " }
        return out
    }

    /// Whole words only, the phrase's last word allowed a plural `s`: "holidays" holds
    /// "holiday", "breakfast with santa" does not hold "break".
    static func holds(_ text: String, _ phrase: String) -> Bool {
        text.contains(phrase) || text.contains(String(phrase.dropLast()) + "s ")
    }
}
