import PlanwrightModel

/// What fixed a milestone's start, as the scheduler decided it. Comparison reads it to tell why a
/// milestone moved, so the rule that placed a start is written once, in `MilestoneScheduler`.
public indirect enum StartConstraint: Sendable, Equatable {
    /// Nothing held it back: the first day of school.
    case startOfYear
    /// It starts on the first school day after this milestone, the last of its `after` to end.
    case predecessor(String)
    /// Its `not_before` date.
    case notBefore(SchoolDate)
    /// Its `on` date.
    case pinned(SchoolDate)
    /// Unfinished work is not dated before the as-of date the schedule was re-planned from.
    case asOf(SchoolDate)
    /// Finished: dated back from its `done_on`.
    case finished(SchoolDate)
    /// Rollouts and training wait out a testing window (its name; nil when the plan gives it
    /// none, and the message words it); `after` is what had put the start inside it.
    case testingWindow(String?, after: StartConstraint)
    /// The date asked for (`after`) fell on a closed day, so the start slid to the first school day past the closure.
    case closure(String, after: StartConstraint)

    /// The milestone whose end the start follows, testing windows waited out aside: the one whose
    /// move moves this one.
    public var followedMilestone: String? {
        switch self {
        case let .predecessor(id): id
        case let .testingWindow(_, after: earlier): earlier.followedMilestone
        default: nil
        }
    }

    /// The as-of date, when that is what holds the start (a testing window waited out after it
    /// means the window holds it).
    public var asOfDate: SchoolDate? {
        if case let .asOf(date) = self { date } else { nil }
    }
}
