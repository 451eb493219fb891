import PlanwrightModel
/// What an imported event means, as `EventClassifier` reads it: a rule's meaning, or a
/// holiday's name in a title that is not the holiday itself.
package enum EventReading: Sendable, Equatable {
    case rule(EventRule)
    /// A holiday named in the title of something held at school that day: "Veterans Day
    /// Assembly", "K-6 Christmas Program (7 pm)". School as usual. `event` is the word that says
    /// so ("assembly").
    case heldOnHoliday(event: String)
    /// A holiday named with more words than a closure's title has, none of them an event's:
    /// "Christmas Around the World - 2nd Grade". Left out, with a warning that asks.
    case unsureHoliday(holiday: String)

    /// What it gives the year: nil for a title that might or might not close school.
    package var meaning: EventMeaning? {
        switch self {
        case let .rule(rule): rule.meaning
        case .heldOnHoliday: .ignored
        case .unsureHoliday: nil
        }
    }
}

extension EventRule: Equatable {
    package static func == (a: EventRule, b: EventRule) -> Bool {
        a.words == b.words && a.meaning == b.meaning && a.location == b.location && a.namesHoliday == b.namesHoliday
    }
}

/// A title (normalized, `EventClassifier.normalized`) that names a holiday or a break, read for
/// whether it is the day off itself. "Christmas Break", "Thanksgiving", "Martin Luther King Jr.
/// Day", "Presidents' Day Holiday" close school: besides the holiday they say only words any
/// closure's title has. A title with an event's word ("Veterans Day Assembly", "Thanksgiving
/// Lunch for Families") is that event, held at school. Anything else is not a guess to close a
/// school day on.
struct HolidayTitle {
    let text: String
    let holiday: String

    init(_ text: String, holiday: String) {
        self.text = text
        self.holiday = holiday
    }

    func reading(closing rule: EventRule) -> EventReading {
        if let event = Self.eventWords.first(where: { EventClassifier.holds(text, word: $0) }) { return .heldOnHoliday(event: event) }
        return isBare ? .rule(rule) : .unsureHoliday(holiday: holiday)
    }

    /// Whether the title says nothing but holidays, breaks and the words around them.
    var isBare: Bool {
        var rest = text
        // Longest first: "new year s day" goes before "day" would split it.
        let phrases = (EventClassifier.holidayWords + EventClassifier.holidayNames + Self.closureWords).map(EventClassifier.normalized)
        for phrase in phrases.sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: phrase, with: " ").replacingOccurrences(of: String(phrase.dropLast()) + "s ", with: " ")
        }
        return rest.split(separator: " ").allSatisfy { word in
            Self.fillerWords.contains(String(word)) || word.allSatisfy(\.isNumber)
        }
    }

    /// Words a holiday's own title may hold besides its name: "Winter Break", "Labor Day
    /// (observed)", "Thanksgiving Day and Day After", "Spring Break 2027 - All Schools".
    static let fillerWords: Set<String> = [
        "day", "days", "observed", "eve", "after", "before", "jr", "dr", "the", "s", "and", "of", "for", "a", "an", "all", "no",
        "school", "schools", "district", "wide", "office", "offices", "students", "staff", "winter", "spring", "fall", "autumn",
        "summer", "mid", "midwinter", "february", "april", "december", "national", "federal", "state", "k", "st", "nd", "rd", "th",
        "weekend", "long", "us", "u", "classes", "class", "family", "families",
    ]

    /// Closures' own words, which a holiday's title may add ("Christmas Break - Schools Closed").
    static let closureWords = ["no school", "closed", "closure", "day off", "no classes"]

    /// Words for something held at school, on the holiday or about it: a title holding one is
    /// that event, not a closure. "Assembly", "Program", "Lunch", "Concert", "Parade"…
    static let eventWords = [
        "assembly", "program", "programme", "pageant", "concert", "recital", "performance", "musical", "play", "show", "sing along",
        "caroling", "lunch", "luncheon", "breakfast", "dinner", "feast", "potluck", "picnic", "tea", "party", "celebration",
        "parade", "festival", "fair", "carnival", "bazaar", "market", "sale", "fundraiser", "drive", "dance", "social", "ceremony",
        "tribute", "rehearsal", "practice", "game", "tournament", "meet", "match", "field trip", "trip", "visit", "spirit week",
        "dress up", "pajama day", "sweater day", "door decorating", "contest", "movie", "night", "open house", "meeting",
        "presentation", "exhibit", "display", "5k", "fun run", "walk", "craft", "crafts", "activity", "activities",
    ]
}
