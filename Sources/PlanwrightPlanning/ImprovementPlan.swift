import PlanwrightDocument
import PlanwrightModel

/// What the planner makes of a plan: priorities with reasons, cycles, and dated milestones.
/// Renderers and the comparison of two versions read only this; it never refers back to YAML
/// or to the `Plan` it was made from.
public struct ImprovementPlan: Sendable, Encodable {
    public var district: String
    /// Markdown.
    public var vision: String
    public var framework: String
    /// Level names of the framework's scale, lowest first.
    public var scale: [String]
    public var assessment: [AssessedIndicator]
    public var goals: [PlannedGoal]
    public var start: SchoolDate
    public var end: SchoolDate
    public var schoolDays: Int
    public var focusPerCycle: Int
    public var cycles: [PlannedCycle]
    /// Ranked priorities, each placed in a cycle or deferred.
    public var priorities: [Priority]
    /// Every milestone with its dates, in order of start.
    public var milestones: [ScheduledMilestone]
    public var schools: [PlannedSchool]
    public var staff: [PlannedPerson]
    public var training: TrainingPlan
    public var champions: ChampionPlan
    /// Where things stand on the as-of date the schedule was re-planned from.
    public var progress: ProgressReport
    /// Pitfall checks and schedule findings; errors stop `check`.
    public var diagnostics: [Diagnostic]
    /// Closures, testing windows and PD days.
    public var calendar: PlannedCalendar
    /// The date of the self-assessment the priorities come from.
    public var assessmentDate: SchoolDate
    /// The school year with where each of its days off came from, for `planwright calendar`.
    public var schoolYear: SchoolYearReport
    /// What the work costs and who pays, by fiscal year.
    public var budget: PlannedBudget
    /// Every pilot's group, listed or proposed by the planner, in the plan's order; nil (and
    /// absent from `plan.json`) when no pilot names or asks for participants.
    public var pilots: [PilotGroup]? = nil
    /// What stakeholder surveys said, protected for small groups; nil when the plan has none.
    public var voices: StakeholderViews? = nil
    /// What family and student pages say, in which languages; not in `plan.json`.
    public var families = PlannedFamilies()
    /// The planning team's roles by name, so a page can say who decides in role words
    /// ("Director of Digital Learning"). Not in `plan.json`, which lists the team as the plan does.
    public var teamRoles: [String: String] = [:]
    /// The district's tools and what the planner finds about them; nil when the plan lists none.
    public var ecosystem: PlannedEcosystem? = nil

    /// `plan.json` keeps its shape: the calendar and the assessment date are there for the
    /// comparison, and the JSON's readers have the plan file for them.
    enum CodingKeys: String, CodingKey {
        case district, vision, framework, scale, assessment, goals, start, end, schoolDays, focusPerCycle, cycles
        case priorities, milestones, schools, staff, training, champions, budget, progress, diagnostics, pilots, voices, ecosystem
    }
}

public struct PlannedCycle: Sendable, Codable, Equatable {
    public var number: Int
    /// As the plan names it, or its number for the outputs to word ("Cycle 2").
    public var name: CycleName
    public var start: SchoolDate
    public var end: SchoolDate
    public var schoolDays: Int
    /// What holds the cycle's focus slots (`focus.per_cycle`): the plan's goals with work in it,
    /// each counted once however many priorities it takes on, and the priorities the planner
    /// placed in it that no goal takes on. More than the focus only when the plan's own goals
    /// overlap in the cycle: the planner never adds a priority to a full one.
    public var underWay = CycleFocus()
}

/// The goals and goal-less priorities one cycle works on at once.
public struct CycleFocus: Sendable, Codable, Equatable {
    /// Ids of the plan's goals with work in the cycle.
    public var goals: [String] = []
    /// Indicator ids of priorities placed in the cycle that no goal takes on.
    public var priorities: [String] = []
    /// Why the cycle holds more than the focus allows; nil when it holds no more.
    public var overBecause: OverFocusReason?

    public var count: Int { goals.count + priorities.count }
}

/// Why a cycle holds more than `focus.per_cycle`.
public enum OverFocusReason: String, Sendable, Codable, Equatable {
    /// The plan's own goals all have work in the cycle: the planner dates them as written and
    /// adds no priority of its own there (the `FocusPerCycle` check warns).
    case goalsOverlap = "goals_overlap"
}

public struct Priority: Sendable, Encodable {
    public var indicator: String
    public var name: String
    public var domain: String
    /// Level names, as a reader of plan.json wants them; the chart's indices are in
    /// `AssessedIndicator`, both from the rating and `RatingScale.aim(of:)`.
    public var current: String
    public var target: String
    /// Levels between current and target.
    public var gap: Int
    public var weight: Double
    /// Gap plus the equity raise and the perception-gap raise, times the weight: what the ranking sorts by.
    public var score: Double
    /// The cycle it is worked on in; nil when deferred past this year.
    public var cycle: Int?
    /// The plan's goal that takes it on, when one does.
    public var goal: String?
    /// Indicators that must reach their targets first.
    public var waitsFor: [String]
    /// Schools flagged as needing support that rate this indicator lower than the district.
    public var equitySchools: [String]
    /// Raters differ by two levels or more.
    public var discussFirst: Bool
    /// What raised it and what placed it, in the order a reader is told; the outputs word them
    /// (plan.json's `why` among them).
    public var reasons: [PriorityReason]
    /// Groups whose survey answers rate it two levels or more below the team (`voices:`); each
    /// raises the priority. Nil when none, so plans without surveys keep their `plan.json`.
    public var perceptionGaps: [PerceptionGap]? = nil

    enum CodingKeys: String, CodingKey {
        case indicator, name, domain, current, target, gap, weight, score, cycle, goal, waitsFor, equitySchools, discussFirst, why, perceptionGaps
    }

    /// The keys plan.json has always had; `why` in the outputs' words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(name, forKey: .name)
        try c.encode(domain, forKey: .domain)
        try c.encode(current, forKey: .current)
        try c.encode(target, forKey: .target)
        try c.encode(gap, forKey: .gap)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
        try c.encodeIfPresent(cycle, forKey: .cycle)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encode(waitsFor, forKey: .waitsFor)
        try c.encode(equitySchools, forKey: .equitySchools)
        try c.encode(discussFirst, forKey: .discussFirst)
        try c.encodeIfPresent(encoder.planSentences?.why(name: name, current: current, target: target, gap: gap, weight: weight, reasons: reasons), forKey: .why)
        try c.encodeIfPresent(perceptionGaps, forKey: .perceptionGaps)
    }
}

public struct ScheduledMilestone: Sendable, Encodable {
    public enum Origin: String, Sendable, Codable {
        /// Written in the plan file.
        case plan
        /// A step of the framework's milestone library for a priority.
        case framework
        /// A pilot or gate the planner put before a rollout that lacked one.
        case addedBeforeRollout = "added_before_rollout"
        /// The study-and-adjust review that ends each cycle.
        case cycleReview = "cycle_review"
    }

    public var id: String
    /// The plan's words, or which milestone the planner added, for the outputs to word.
    public var title: MilestoneTitle
    public var kind: MilestoneKind
    public var origin: Origin
    public var goal: String?
    public var indicator: String?
    public var owner: String?
    public var days: Int
    public var start: SchoolDate
    public var end: SchoolDate
    public var after: [String]
    /// Whom it is for: schools, grades, roles, subjects.
    public var scope: Scope
    /// Schools it concerns; empty means all.
    public var schools: [String] { scope.schools }

    /// Whether the work is for the school: named by the scope (or none are) and teaching a
    /// grade of it. Every school handout, calendar and count asks this one question.
    public func isFor(_ school: PlannedSchool) -> Bool { scope.includes(school: school.id, grades: school.grades) }
    public var cycle: Int
    public var status: MilestoneStatus
    /// What it waits on, as the plan says; only for blocked work.
    public var blockedBecause: String?
    public var due: SchoolDate?
    /// What fixed its start, as the scheduler decided it.
    public var startConstraint: StartConstraint
    /// The as-of date, when work in progress not finished by it is made to end on it.
    public var endsOnAsOf: SchoolDate?
    /// Its dates as the plan file writes them; nil for the planner's own milestones.
    public var declared: DeclaredDates?
    /// The school year it was left unfinished in, for work carried over (`carried_from`); not in `plan.json`.
    public var carriedFrom: SchoolYearName? = nil
    /// For a go/no-go gate before a rollout of a tool that is not ready: what must be true
    /// before it says go (single sign-on and rostering, a signed privacy agreement). Empty
    /// otherwise, and then absent from `plan.json`.
    public var mustBeTrue: [GateCondition] = []

    /// Not in `plan.json`: every milestone would gain fields that only say how the scheduler got
    /// its dates, a format not worth promising other tools; `diff` reads them in process.
    enum CodingKeys: String, CodingKey {
        case id, title, kind, origin, goal, indicator, owner, days, start, end, after, schools, grades, roles, subjects, cycle, status, due
        case blockedBecause = "blocked_because"
        case mustBeTrue
    }

    /// The scope as flat keys, as the plan file writes them: `schools` always (empty for all),
    /// `grades`, `roles` and `subjects` only when the milestone is narrowed by them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(origin, forKey: .origin)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encodeIfPresent(indicator, forKey: .indicator)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encode(days, forKey: .days)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(after, forKey: .after)
        try c.encode(scope.schools, forKey: .schools)
        try c.encodeIfPresent(scope.grades, forKey: .grades)
        if !scope.roles.isEmpty { try c.encode(scope.roles, forKey: .roles) }
        if !scope.subjects.isEmpty { try c.encode(scope.subjects, forKey: .subjects) }
        try c.encode(cycle, forKey: .cycle)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(blockedBecause, forKey: .blockedBecause)
        try c.encodeIfPresent(due, forKey: .due)
        if !mustBeTrue.isEmpty { try c.encode(mustBeTrue, forKey: .mustBeTrue) }
    }
}

/// The schools, as handouts and other tools need them.
public struct PlannedSchool: Sendable, Codable {
    public var id: String
    public var name: String
    public var needsSupport: [SupportNeed]
    public var principal: String?
    /// Empty when the plan does not say; work for some grades then still reaches the school.
    public var grades: GradeSet
    /// Students enrolled, the whole school's; nil when neither the plan nor the roster says.
    public var students: Int?
}

/// A member of staff, as handouts and other tools need them.
public struct PlannedPerson: Sendable, Codable {
    public var id: String
    public var name: String
    /// Their school: for someone at several, where they spend the most time, and are trained and paired.
    public var school: String
    public var role: StaffRole
    public var comfort: Int?
    public var email: String?
    /// Every school of someone at several, with the share of their time at each; nil for
    /// someone at one school.
    public var schoolShares: [PlannedSchoolShare]? = nil
    /// True for someone who works for the district as a whole (at every school); nil otherwise.
    public var districtWide: Bool? = nil

    /// The ids of every school they work at, as written.
    public var schoolIds: [String] { schoolShares?.map(\.school) ?? [school] }
}

/// One school of someone who works at several, and the share of their time there.
public struct PlannedSchoolShare: Sendable, Codable, Equatable {
    public var school: String
    public var share: Share
}

/// One rated indicator, as the assessment chart shows it.
public struct AssessedIndicator: Sendable, Codable {
    public var indicator: String
    public var name: String
    public var domain: String
    public var domainName: String
    /// Positions on the scale, from 0 at the lowest level.
    public var current: Int
    public var target: Int
    /// Markdown.
    public var evidence: String?
    /// The figures of the tool inventory its evidence shows, as the framework declares them
    /// (`evidence_from`); nil when the framework declares none or the plan lists no tools.
    public var evidenceFrom: [InventoryFigure]? = nil
}

public struct PlannedGoal: Sendable, Codable {
    public var id: String
    public var title: String
    /// Markdown.
    public var description: String?
    public var owner: String?
    public var indicators: [String]
    /// Whom the goal is for; its milestones narrow it.
    public var scope: Scope
    public var measures: [PlannedMeasure]
}

public struct PlannedMeasure: Sendable, Codable {
    public var name: String
    public var unit: String?
    public var baseline: Double
    public var target: Double
    public var by: SchoolDate?
    /// The latest observation, if any.
    public var latest: Double?
    public var latestOn: SchoolDate?
}
