import PlanwrightDocument

/// What an imported calendar event means for the school year. A district calendar holds far
/// more than closures ("First Day for Students", "Early Dismissal", "Teacher Workday", "State
/// Testing"), and reading every all-day event as a closed day loses school days a state counts.
package enum EventMeaning: String, CaseIterable, Sendable, Codable {
    case closed
    case earlyRelease = "early_release"
    /// A day for staff without students: a training slot, not a closure.
    case pdDay = "pd_day"
    case testing
    /// Noted, but nothing changes: the school day runs as usual.
    case ignored

    /// How a leader says it: "closed", "early release", "PD day".
    package var words: String {
        switch self {
        case .closed: "closed"
        case .earlyRelease: "early release"
        case .pdDay: "PD day"
        case .testing: "testing"
        case .ignored: "ignored"
        }
    }
}

/// A rule: an event whose SUMMARY or CATEGORIES (or, failing those, DESCRIPTION) hold one of
/// `words` (as whole words, any case, punctuation aside, a plural `s` allowed) means `meaning`.
package struct EventRule: Sendable {
    package var words: [String]
    package var meaning: EventMeaning
    /// Where a plan wrote the rule; nil for a built-in default.
    package var location: SourceLocation?
    /// Whether the words name a holiday or a break ("Thanksgiving", "Winter Break"): such a
    /// title closes school only when it says nothing more (`HolidayTitle`), since districts
    /// also name the day's events after it ("Thanksgiving Lunch for Families").
    package var namesHoliday: Bool

    package init(words: [String], meaning: EventMeaning, location: SourceLocation? = nil, namesHoliday: Bool = false) {
        self.words = words
        self.meaning = meaning
        self.location = location
        self.namesHoliday = namesHoliday
    }
}
