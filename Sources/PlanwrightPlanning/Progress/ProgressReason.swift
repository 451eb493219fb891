import PlanwrightDocument
import PlanwrightModel

/// Why a milestone stands where it does on the as-of date, as facts the outputs put into words.
/// The dates it is judged by (planned and re-planned start and end) and its slip are the
/// `MilestoneProgress`'s own.
public enum ProgressReason: Sendable, Equatable {
    /// Done, on the day recorded when one is.
    case done(on: SchoolDate?)
    /// Past its planned end and not done: school days gone by since (at least 1), and how the
    /// work stood (its status, and why it is blocked when that is recorded).
    case late(schoolDaysBehind: Int, status: MilestoneStatus, blockedBecause: String?)
    /// Not late, but what is late puts a `due` out of reach: the schedule's problem, as its
    /// diagnostic states it, worded in the output's language.
    case atRisk(problem: Message)
    /// Marked blocked, with why when recorded.
    case markedBlocked(because: String?)
    /// On track: under way or still to start, and why it ends later than planned when it does.
    case onTrack(inProgress: Bool, later: LaterBecause?)

    /// Why on-track work ends later than the plan's own schedule put it.
    public enum LaterBecause: Sendable, Equatable {
        /// It waits for the milestone with this id, which moved.
        case waitingFor(String)
        /// Unfinished work cannot be done before the as-of date.
        case unfinishedWork(asOf: SchoolDate)
    }
}
