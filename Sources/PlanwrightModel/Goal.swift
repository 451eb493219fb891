import PlanwrightDocument

public struct Goal: Sendable {
    public var id: String
    public var title: String
    /// Markdown.
    public var description: String?
    /// Framework indicators this goal serves.
    public var indicators: [Reference]
    /// The person who leads it, by name, where the plan names them (checked against the people it knows).
    public var ownerReference: Reference?
    public var owner: String? { ownerReference?.id }
    /// Whom the goal is for, as written; the default for its milestones.
    public var declaredScope: DeclaredScope
    public var measures: [Measure]
    /// What the goal costs beyond its milestones' own costs.
    public var costs: [CostLine] = []
    public var milestones: [Milestone]
    public var location: SourceLocation
    /// What families are told of it (Markdown), where the plan writes it for them.
    public var forFamilies: LocalizedText? = nil
    /// The tool this work is about (`tool:`) or brings in (`introduces:`); its milestones' default.
    public var tool: ToolUse? = nil
}

/// The tool a goal or milestone is about: one the district has (`tool: canvas`), or a new one
/// it brings in (`introduces: newsela`), which is a decision about the tools already there.
public struct ToolUse: Sendable {
    public var tool: Reference
    public var introduces: Bool

    public init(tool: Reference, introduces: Bool) {
        self.tool = tool
        self.introduces = introduces
    }
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
    /// When the value starts to move (a rollout's measure does not move before the rollout); nil
    /// is the first day of school. Pace is judged from here.
    public var from: MeasureStart? = nil
    /// Targets on the way, in date order, before `by`: pace is judged against them.
    public var steps: [MeasureStep] = []
    /// Whom it measures, as written on the measure: a school's handout shows only its own.
    public var declaredScope = DeclaredScope()
    /// Its own scope, and its goal's where it writes none.
    public var scope: Scope = .everyone
    /// What it measures: that people have the tool (adoption), that they use it in their work
    /// (utilization), or what changes for students (outcome); nil where the plan does not say.
    public var kind: Located<MeasureKind>? = nil
}

/// Accounts created and sessions attended say a tool was adopted, not that it is used.
public enum MeasureKind: String, CaseIterable, Sendable, Codable {
    case adoption
    case utilization
    case outcome
}

/// Where a measure's pace starts: a date, or the start of one of the plan's milestones.
public enum MeasureStart: Sendable {
    case date(SchoolDate)
    case milestone(Reference)
}

/// A target on the way to a measure's final one: `target` by `by`.
public struct MeasureStep: Sendable {
    public var by: SchoolDate
    public var target: Double
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
    /// The person responsible, by name, where the plan names them (checked against the people it knows).
    public var ownerReference: Reference?
    public var owner: String? { ownerReference?.id }
    public var kind: MilestoneKind
    /// Whom it is for, as written on the milestone itself.
    public var declaredScope: DeclaredScope
    /// Whom it is for: its own keys, and its goal's where it writes none.
    public var scope: Scope
    public var status: MilestoneStatus
    public var doneOn: SchoolDate?
    /// What it waits on; set only when `status` is blocked.
    public var blockedBecause: String?
    /// When its `in_progress` or `blocked` status was recorded: before that day it was not yet known.
    public var since: SchoolDate?
    /// The goal this milestone belongs to.
    public var goal: String
    public var location: SourceLocation
    public var costs: [CostLine] = []
    /// The school year it was planned in and left unfinished (`carried_from: 2026-27`).
    public var carriedFrom: SchoolYearName? = nil
    /// For a rollout carried over: the school year its go/no-go said go (`gate_passed: 2026-27`).
    public var gatePassed: SchoolYearName? = nil
    /// A pilot's staff, by id (`participants`): they co-lead their goal's rollout training.
    public var participants: [Reference] = []
    /// How many staff the planner should propose for a pilot (`participants: 8`), from the staff
    /// in its scope, where the plan gives a count instead of a list; where it was written, for
    /// the warning when fewer are eligible.
    public var participantCount: Located<Int>? = nil
    /// What families are told of it (Markdown), where the plan writes it for them.
    public var forFamilies: LocalizedText? = nil
    /// The tool this work is about or brings in, where it says; otherwise its goal's.
    public var tool: ToolUse? = nil
}

/// The scope keys a goal or milestone writes (`schools`, `grades`, `roles`, `subjects`), each
/// nil when not written, with where it was written so that a milestone widening its goal's
/// scope is reported at the key.
public struct DeclaredScope: Sendable {
    public var schools: Located<[Reference]>?
    public var grades: Located<GradeSet>?
    public var roles: Located<[StaffRole]>?
    public var subjects: Located<[String]>?

    public init(schools: Located<[Reference]>? = nil, grades: Located<GradeSet>? = nil,
                roles: Located<[StaffRole]>? = nil, subjects: Located<[String]>? = nil) {
        self.schools = schools
        self.grades = grades
        self.roles = roles
        self.subjects = subjects
    }

    /// The school references written, for resolving.
    public var schoolReferences: [Reference] { schools?.value ?? [] }

    /// `base` with the parts written here put in place of its own.
    public func applied(to base: Scope) -> Scope {
        base.narrowed(schools: schools?.value.map(\.id), grades: grades?.value, roles: roles?.value, subjects: subjects?.value)
    }
}

public enum MilestoneKind: String, CaseIterable, Sendable, Codable {
    case pilot, gate, rollout, training, review, task
}

public enum MilestoneStatus: String, CaseIterable, Sendable, Codable {
    case planned, inProgress = "in_progress", done, blocked
}
