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
    /// "a rule says 'first day' means school as usual", "no rule knows its words".
    public var reason: String
    public var location: SourceLocation

    public init(name: String?, from: SchoolDate, to: SchoolDate, reason: String, location: SourceLocation) {
        self.name = name
        self.from = from
        self.to = to
        self.reason = reason
        self.location = location
    }
}
