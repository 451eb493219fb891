import PlanwrightDocument

/// A training session the plan records as held, under `training: held:`. Planning keeps its
/// date whatever the calendar does later; the session id ("group/number") is only known once
/// the groups are planned, so the planner, not the decoder, checks that it names a session.
public struct HeldSession: Sendable {
    /// The session's id as outputs print it: `getting-started-lincoln-1/2`.
    public var session: Located<String>
    public var on: Located<SchoolDate>
    /// Members of the group who missed it (`absent:`): they need a make-up; the rest attended.
    public var absent: [Reference]

    public init(session: Located<String>, on: Located<SchoolDate>, absent: [Reference] = []) {
        self.session = session
        self.on = on
        self.absent = absent
    }
}
