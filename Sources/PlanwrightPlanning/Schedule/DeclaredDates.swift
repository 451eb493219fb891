import PlanwrightModel

/// A milestone's dates as the plan file writes them, before any scheduling: comparison reports
/// a changed `on` or `not_before` as the milestone's own change. Planner-made milestones have none.
public struct DeclaredDates: Sendable, Equatable {
    public var on: SchoolDate?
    public var notBefore: SchoolDate?
    public var doneOn: SchoolDate?
    public var due: SchoolDate?

    public init(on: SchoolDate? = nil, notBefore: SchoolDate? = nil, doneOn: SchoolDate? = nil, due: SchoolDate? = nil) {
        self.on = on
        self.notBefore = notBefore
        self.doneOn = doneOn
        self.due = due
    }
}
