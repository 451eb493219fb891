import PlanwrightDocument
import PlanwrightModel

/// A milestone on its way to the scheduler: from the plan, the framework, or added by the planner.
struct WorkItem {
    var id: String
    var title: MilestoneTitle
    var kind: MilestoneKind
    var origin: ScheduledMilestone.Origin
    var goal: String?
    var indicator: String?
    var owner: String?
    var days: Int
    var after: [String]
    var on: SchoolDate?
    var notBefore: SchoolDate?
    var due: Located<SchoolDate>?
    /// Whom it is for; everyone for the framework's steps and the reviews.
    var scope: Scope
    var status: MilestoneStatus = .planned
    var doneOn: SchoolDate?
    var blockedBecause: String?
    /// When its `in_progress` or `blocked` status was recorded, where the plan says.
    var since: SchoolDate?
    /// The cycle it belongs to when known before scheduling (framework steps, reviews).
    var cycle: Int?
    /// Where in the plan file to point when something about it needs saying.
    var location: SourceLocation
    /// The school year it was left unfinished in, for work carried over (`carried_from`).
    var carriedFrom: SchoolYearName? = nil
    /// For a rollout carried over, the school year its go/no-go said go.
    var gatePassed: SchoolYearName? = nil
}
