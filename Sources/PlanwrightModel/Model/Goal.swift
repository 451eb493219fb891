import PlanwrightDocument

public struct Goal: Sendable {
    public var id: String
    public var title: String
    /// Markdown.
    public var description: String?
    /// Framework indicators this goal serves.
    public var indicators: [Reference]
    public var owner: String?
    public var measures: [Measure]
    public var milestones: [Milestone]
    public var location: SourceLocation
}

/// How the district will know the goal is being met: utilization, not just adoption.
public struct Measure: Sendable {
    public var name: String
    public var unit: String?
    public var baseline: Double
    public var target: Double
    public var by: SchoolDate?
    public var observations: [Observation]
    public var location: SourceLocation
}

public struct Observation: Sendable {
    public var date: SchoolDate
    public var value: Double
    public var location: SourceLocation
}

public struct Milestone: Sendable {
    public var id: String
    public var title: String
    public var description: String?
    /// School days of work.
    public var days: Int
    public var after: [Reference]
    /// A pinned start date.
    public var on: Located<SchoolDate>?
    public var notBefore: Located<SchoolDate>?
    public var due: Located<SchoolDate>?
    public var owner: String?
    public var kind: MilestoneKind
    public var schools: [Reference]
    public var status: MilestoneStatus
    public var doneOn: SchoolDate?
    /// What it waits on; set only when `status` is blocked.
    public var blockedBecause: String?
    /// The goal this milestone belongs to.
    public var goal: String
    public var location: SourceLocation
}

public enum MilestoneKind: String, CaseIterable, Sendable, Codable {
    case pilot, gate, rollout, training, review, task
}

public enum MilestoneStatus: String, CaseIterable, Sendable, Codable {
    case planned, inProgress = "in_progress", done, blocked

    /// The status as a reader says it ("in progress", not "in_progress"): every handout,
    /// calendar, report and diff words it this one way. Files for tools (CSV, JSON) keep the raw value.
    public var words: String {
        switch self {
        case .planned: "planned"
        case .inProgress: "in progress"
        case .done: "done"
        case .blocked: "blocked"
        }
    }
}
