import PlanwrightDocument

/// Progress recorded under `progress:` for a milestone the planner generated (a framework
/// step, an added pilot or gate, a cycle review). Those have no entry of their own in the
/// file to carry `status`, yet a leader still needs to mark them done.
public struct RecordedProgress: Sendable {
    public var milestone: Reference
    public var status: MilestoneStatus
    public var doneOn: SchoolDate?
    /// What it waits on; set only when `status` is blocked.
    public var blockedBecause: String?
    /// When its `in_progress` or `blocked` status was recorded: before that day it was not yet known.
    public var since: SchoolDate?
    public var location: SourceLocation
}

extension Plan {
    /// The last date the plan records anything happening: a milestone finished, a training
    /// session held or a measure taken. Planning is "as of" this date unless told otherwise, so the same file always
    /// gives the same schedule.
    public var latestRecord: SchoolDate? {
        // A status's `since` is a record too: the day it names must be one the plan is read on.
        // One after the last day of school is warned about as a typo, and moves nothing.
        let since = (milestones.compactMap(\.since) + progress.compactMap(\.since)).filter { $0 <= year.end }
        let finished = milestones.compactMap(\.doneOn) + progress.compactMap(\.doneOn) + training.held.map(\.on.value) + since
        let measured = goals.flatMap(\.measures).flatMap(\.observations).map(\.date)
        return (finished + measured).max()
    }
}
