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
    /// Early-release days an imported calendar adds to `earlyRelease` ("Early Dismissal").
    public var addedEarlyRelease: [Located<SchoolDate>] = []
    /// Where the plan writes `early_release`, for saying where its days come from.
    public var earlyReleaseLocation: SourceLocation? = nil
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
