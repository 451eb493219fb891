import PlanwrightModel

/// Where the plan stands on a date: each milestone done, on track, late or at risk, and each
/// measure's values against the pace its target asks for.
public struct ProgressReport: Sendable, Encodable {
    /// How the as-of date was chosen, so a handout can say which date it speaks for.
    public enum DateSource: String, Sendable, Codable {
        /// Given on the command line.
        case given
        /// The last date the plan records work finished or a measure taken.
        case latestRecord = "latest_record"
        /// Nothing recorded yet: the first day of school.
        case yearStart = "year_start"
    }

    public var asOf: SchoolDate
    public var asOfSource: DateSource
    /// In the order of the schedule.
    public var milestones: [MilestoneProgress]
    public var measures: [MeasureProgress]
    /// Training sessions recorded as held, and late ones (placed before the date, not held),
    /// in the order of the groups.
    public var sessions: [SessionProgress]
    /// The school year's first and last day: where its dates are written without their year.
    /// Not in the JSON; its sentence fields use it.
    public var schoolYear: ClosedRange<SchoolDate>

    /// The ids of the sessions held by the date.
    public var heldSessions: Set<String> { Set(sessions.lazy.filter { $0.state == .held }.map(\.session)) }

    public func count(_ state: MilestoneProgress.State) -> Int { milestones.lazy.filter { $0.state == state }.count }

    enum CodingKeys: String, CodingKey { case asOf, asOfSource, milestones, measures, sessions }

    /// The keys the report has always had; each milestone's `reason` in the outputs' words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(asOfSource, forKey: .asOfSource)
        let context = ProgressContext(asOf: asOf, year: schoolYear)
        try c.encode(milestones.map { Worded(item: $0, context: context) }, forKey: .milestones)
        try c.encode(measures.map { Worded(item: $0, context: context) }, forKey: .measures)
        try c.encode(sessions.map { Worded(item: $0, context: context) }, forKey: .sessions)
    }

    /// A milestone or measure with what its sentence needs from the report around it.
    struct Worded<Item: WordedProgress>: Encodable {
        let item: Item
        let context: ProgressContext

        func encode(to encoder: any Encoder) throws { try item.encode(to: encoder, in: context) }
    }
}

/// What a progress sentence needs from the report around it: the as-of date, and the school
/// year, whose dates are written without their year.
public struct ProgressContext: Sendable {
    public let asOf: SchoolDate
    public let year: ClosedRange<SchoolDate>
}

/// Progress whose JSON holds a sentence worded in the report's context; alone (no context) the
/// sentence is left out.
protocol WordedProgress: Encodable {
    func encode(to encoder: any Encoder, in context: ProgressContext?) throws
}

extension WordedProgress {
    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, in: nil) }
}

public struct MilestoneProgress: Sendable, Encodable, WordedProgress {
    public enum State: String, Sendable, Codable, CaseIterable {
        case done
        case onTrack = "on_track"
        /// Past its planned end and not done.
        case late
        /// Not late yet, but it cannot meet its `due` given what is late, or it is marked blocked.
        case atRisk = "at_risk"
    }

    public var id: String
    public var title: MilestoneTitle
    public var state: State
    /// The dates the plan gives it when nothing is late: what "late" is measured against.
    public var plannedStart: SchoolDate
    public var plannedEnd: SchoolDate
    /// The dates re-planned from the as-of date.
    public var start: SchoolDate
    public var end: SchoolDate
    /// School days the re-planned end lies after the planned one (0 when it did not move).
    public var slip: Int
    /// Why it stands where it does, as facts; the outputs word it.
    public var reason: ProgressReason
    /// Unfinished work whose re-planned end is past the last day of school: where it now ends.
    public var spill: YearSpill?

    enum CodingKeys: String, CodingKey { case id, title, state, plannedStart, plannedEnd, start, end, slip, reason, spill }

    func encode(to encoder: any Encoder, in context: ProgressContext?) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(state, forKey: .state)
        try c.encode(plannedStart, forKey: .plannedStart)
        try c.encode(plannedEnd, forKey: .plannedEnd)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(slip, forKey: .slip)
        if let context, let words = encoder.planSentences { try c.encode(words.reason(self, in: context), forKey: .reason) }
        try c.encodeIfPresent(spill, forKey: .spill)
    }
}

/// A training session held, or late: the plan had placed it before the as-of date and it is not
/// recorded as held. Sessions still to come are not listed; they are in the training plan.
public struct SessionProgress: Sendable, Encodable, WordedProgress {
    public enum State: String, Sendable, Codable {
        case held
        case late
    }

    /// `group/number`, as `held:` records it.
    public var session: String
    public var group: String
    public var number: Int
    public var state: State
    /// The day it was held, or for a late session the day it was due.
    public var planned: SchoolDate
    /// The day it has now: the held day, or where a late session was re-placed (nil when no day is left).
    public var date: SchoolDate?
    /// For a late session with no day left (`date` nil), why not; the outputs word it.
    public var noDayLeft: NoDayLeft?
    /// For a held session, the members who missed it: recorded `absent:`, or who joined after it
    /// (`joined:`). Each needs a make-up.
    public var absent: [String] = []

    public enum NoDayLeft: Sendable, Equatable {
        /// The training window ended on this day, before the as-of date.
        case windowEnded(SchoolDate)
        /// No fitting day is left before the window's end, this day.
        case noFittingDayBefore(SchoolDate)
    }

    enum CodingKeys: String, CodingKey { case session, group, number, state, planned, date, reason, absent }

    func encode(to encoder: any Encoder, in context: ProgressContext?) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(session, forKey: .session)
        try c.encode(group, forKey: .group)
        try c.encode(number, forKey: .number)
        try c.encode(state, forKey: .state)
        try c.encode(planned, forKey: .planned)
        try c.encodeIfPresent(date, forKey: .date)
        if let context, let words = encoder.planSentences { try c.encode(words.reason(self, in: context), forKey: .reason) }
        try c.encode(absent, forKey: .absent)
    }
}

public struct MeasureProgress: Sendable, Encodable, WordedProgress {
    public enum Trend: String, Sendable, Codable {
        case noData = "no_data"
        case met
        case onPace = "on_pace"
        case behind
        /// The `by` date has passed with the target not reached.
        case missed
    }

    public struct Value: Sendable, Codable, Equatable {
        public var date: SchoolDate
        public var value: Double
    }

    public var goal: String
    public var name: String
    public var unit: String?
    public var baseline: Double
    public var target: Double
    /// The baseline's date, where pace is judged from: the measure's `from` (a date, or its
    /// milestone's start), else the first day of school.
    public var from: SchoolDate
    /// Targets on the way, in date order, before `by` (values to reach by dates).
    public var steps: [Value] = []
    /// Whom it measures: a school's handout shows only the measures that reach it.
    public var scope: Scope = .everyone
    /// When the target is to be reached: the measure's `by`, or the last day of school.
    public var by: SchoolDate
    /// Values measured up to the as-of date, oldest first.
    public var values: [Value]
    /// Share of the way from baseline to target the latest value has come (1 is the target).
    public var achieved: Double?
    /// Share of the way a steady pace would have come by the latest value's date.
    public var expected: Double?
    /// When the target is reached if the pace so far holds; nil when it is not moving toward it.
    public var projected: SchoolDate?
    public var trend: Trend
    /// On pace only because its latest value comes before the day its pace is judged from
    /// (a rollout's measure does not move before the rollout).
    public var beforeStart = false
    /// Days between the latest value and the as-of date, when more than `MeasureTrend.staleDays`:
    /// the trend may have moved since.
    public var staleDays: Int?

    public func isFor(_ school: PlannedSchool) -> Bool { scope.includes(school: school.id, grades: school.grades) }

    enum CodingKeys: String, CodingKey {
        case goal, name, unit, baseline, target, from, steps, scope, by, values, achieved, expected, projected, trend, summary
    }

    func encode(to encoder: any Encoder, in context: ProgressContext?) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(goal, forKey: .goal)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encode(baseline, forKey: .baseline)
        try c.encode(target, forKey: .target)
        try c.encode(from, forKey: .from)
        try c.encode(steps, forKey: .steps)
        try c.encode(scope, forKey: .scope)
        try c.encode(by, forKey: .by)
        try c.encode(values, forKey: .values)
        try c.encodeIfPresent(achieved, forKey: .achieved)
        try c.encodeIfPresent(expected, forKey: .expected)
        try c.encodeIfPresent(projected, forKey: .projected)
        try c.encode(trend, forKey: .trend)
        if let context, let words = encoder.planSentences { try c.encode(words.summary(self, in: context), forKey: .summary) }
    }
}
