import PlanwrightDocument

/// The school year as the plan file describes it; `SchoolCalendar` turns it into school days.
public struct SchoolYear: Sendable {
    public var start: SchoolDate
    public var end: SchoolDate
    /// No school and nothing scheduled: holidays, breaks, closures.
    public var closed: [DateSpan]
    /// State testing windows: no training and no rollouts.
    public var testing: [DateSpan]
    /// Whole days for staff training.
    public var pdDays: [DateSpan]
    public var earlyRelease: EarlyRelease
    public var cycles: Cycles
    public var location: SourceLocation
    /// The hours of every early-release afternoon (`early_release: {day: wednesday, time: ...}`):
    /// a session starts then and fits in it. Nil: the planner's fixed length.
    public var earlyReleaseTime: SlotTime? = nil
    /// The time and place a PD day gives (`pd_days: [{on: ..., place: ..., time: ...}]`), by each date it covers.
    public var pdDayDetails: [SchoolDate: SlotDetails] = [:]
    /// Dated early releases the plan adds to a weekly one (`early_release: {day: wednesday,
    /// dates: [...]}`): conference week on top of every Wednesday.
    public var earlyReleaseAdded: [SchoolDate] = []
    /// Days a weekly early release skips (`except: [...]`): the Wednesday before Thanksgiving.
    public var earlyReleaseExcept: [Located<SchoolDate>] = []
    /// The fewest instructional days (school days with students) the state requires, where the
    /// plan writes it (`min_instructional_days: 180`).
    public var minInstructionalDays: Located<Int>? = nil
    /// Early-release days an imported calendar adds to `earlyRelease` ("Early Dismissal").
    public var addedEarlyRelease: [Located<SchoolDate>] = []
    /// The hours of an imported timed early release ("Early Out", Fridays 13:00-15:30), by day:
    /// that afternoon's training slot, before the plan's `earlyReleaseTime`.
    public var importedEarlyReleaseTimes: [SchoolDate: SlotTime] = [:]
    /// Where the plan writes `early_release`, for saying where its days come from.
    public var earlyReleaseLocation: SourceLocation? = nil
    /// Early-release days for some schools only, with their scope: an imported "Parent-Teacher
    /// Conferences – elementary schools dismissed three hours early" is a training afternoon
    /// for those schools' staff, not the district's.
    public var schoolEarlyRelease: [DateSpan] = []
    /// Imported all-day events that give the year nothing, and why: for a leader checking the
    /// import against the board-approved calendar (`planwright calendar`).
    public var leftOut: [LeftOutEvent] = []

    public enum EarlyRelease: Sendable, Equatable {
        case none
        case weekly(Weekday)
        case dates([SchoolDate])
    }

    public enum Cycles: Sendable, Equatable {
        /// Split the year into this many cycles of about equal length.
        case count(Int)
        case spans([DateSpan])
    }

    public func contains(_ date: SchoolDate) -> Bool { start <= date && date <= end }

    /// How long before the first day of school a PD day may be: staff come back a week or two
    /// before students (pre-service days); a month covers every calendar seen, and a PD day
    /// earlier than that is a date typed wrong.
    public static let preServiceDays = 31

    /// The earliest day a pre-service PD day may fall on.
    public var preServiceStart: SchoolDate { start.adding(days: -Self.preServiceDays) }

    /// Whether `date` may hold a pre-service PD day: a weekday in the month before the first day of school.
    public func isPreService(_ date: SchoolDate) -> Bool { preServiceStart <= date && date < start && !date.weekday.isWeekend }
}

/// An imported event that closes no day and adds nothing: a rule says it changes nothing
/// ("First Day for Students"), or no rule knows its words.
public struct LeftOutEvent: Sendable, Hashable {
    public var name: String?
    public var from: SchoolDate
    public var to: SchoolDate
    public var reason: LeftOutReason
    /// The hours of a timed event ("Volleyball at 5 pm"); nil for an all-day one.
    public var time: SlotTime?
    public var location: SourceLocation

    public init(name: String?, from: SchoolDate, to: SchoolDate, reason: LeftOutReason, time: SlotTime? = nil, location: SourceLocation) {
        self.name = name
        self.from = from
        self.to = to
        self.reason = reason
        self.time = time
        self.location = location
    }
}

/// Why an imported event gives the year nothing. The words are the outputs' (`LeftOutReasonWords`).
public enum LeftOutReason: Sendable, Hashable, Encodable {
    /// A built-in rule says it changes nothing ("First Day for Students", "Board Meeting").
    case builtInRuleSaysNothing
    /// The plan's `import_rules` say it changes nothing.
    case planRuleSaysNothing
    /// A holiday named in the title of an event held at school: "Veterans Day Assembly". `event`
    /// is the title's word that says so ("assembly").
    case heldOnHoliday(event: String)
    /// A holiday named with more words than a day off's title: "Christmas Around the World".
    case unsureHoliday(holiday: String)
    /// A timed event whose words mean a closure or a PD day: hours are not a day off.
    case timedClosure
    case timedPDDay
    /// No rule knows its words.
    case noRule

    /// Whether the leader should look at it: an event that might have closed school or been a staff day.
    public var isUnclear: Bool {
        switch self {
        case .builtInRuleSaysNothing, .planRuleSaysNothing, .heldOnHoliday: false
        case .unsureHoliday, .timedClosure, .timedPDDay, .noRule: true
        }
    }

    /// A stable code for JSON: "no_rule", "held_on_holiday".
    public var code: String {
        switch self {
        case .builtInRuleSaysNothing: "built_in_rule_says_nothing"
        case .planRuleSaysNothing: "plan_rule_says_nothing"
        case .heldOnHoliday: "held_on_holiday"
        case .unsureHoliday: "unsure_holiday"
        case .timedClosure: "timed_closure"
        case .timedPDDay: "timed_pd_day"
        case .noRule: "no_rule"
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
