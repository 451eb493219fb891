import PlanwrightModel

/// Where the plan stands on a date: each milestone done, on track, late or at risk, and each
/// measure's values against the pace its target asks for.
public struct ProgressReport: Sendable, Codable {
    /// How the as-of date was chosen, so a handout can say which date it speaks for.
    public enum DateSource: String, Sendable, Codable {
        /// Given on the command line.
        case given
        /// The last date the plan records work finished or a measure taken.
        case latestRecord = "latest_record"
        /// Nothing recorded yet: the first day of school.
        case yearStart = "year_start"

        /// Why this date, for a reader who did not choose it.
        public var explanation: String? {
            switch self {
            case .given: return nil
            case .latestRecord: return "the latest date the plan records progress"
            case .yearStart: return "the first day of school; the plan records no progress yet"
            }
        }
    }

    public var asOf: SchoolDate
    public var asOfSource: DateSource
    /// In the order of the schedule.
    public var milestones: [MilestoneProgress]
    public var measures: [MeasureProgress]
    /// Training sessions recorded as held, and late ones (placed before the date, not held),
    /// in the order of the groups.
    public var sessions: [SessionProgress]

    /// The ids of the sessions held by the date.
    public var heldSessions: Set<String> { Set(sessions.lazy.filter { $0.state == .held }.map(\.session)) }

    public func count(_ state: MilestoneProgress.State) -> Int { milestones.lazy.filter { $0.state == state }.count }
}

public struct MilestoneProgress: Sendable, Codable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case done
        case onTrack = "on_track"
        /// Past its planned end and not done.
        case late
        /// Not late yet, but it cannot meet its `due` given what is late, or it is marked blocked.
        case atRisk = "at_risk"

        public var label: String {
            switch self {
            case .done: return "done"
            case .onTrack: return "on track"
            case .late: return "late"
            case .atRisk: return "at risk"
            }
        }
    }

    public var id: String
    public var title: String
    public var state: State
    /// The dates the plan gives it when nothing is late: what "late" is measured against.
    public var plannedStart: SchoolDate
    public var plannedEnd: SchoolDate
    /// The dates re-planned from the as-of date.
    public var start: SchoolDate
    public var end: SchoolDate
    /// School days the re-planned end lies after the planned one (0 when it did not move).
    public var slip: Int
    /// One sentence a leader can read aloud.
    public var reason: String
    /// Unfinished work whose re-planned end is past the last day of school: where it now ends.
    public var spill: YearSpill?
}

/// A training session held, or late: the plan had placed it before the as-of date and it is not
/// recorded as held. Sessions still to come are not listed; they are in the training plan.
public struct SessionProgress: Sendable, Codable {
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
    /// One sentence a leader can read aloud.
    public var reason: String
    /// For a held session, the members who missed it: recorded `absent:`, or who joined after it
    /// (`joined:`). Each needs a make-up.
    public var absent: [String] = []
}

public struct MeasureProgress: Sendable, Codable {
    public enum Trend: String, Sendable, Codable {
        case noData = "no_data"
        case met
        case onPace = "on_pace"
        case behind
        /// The `by` date has passed with the target not reached.
        case missed

        public var label: String {
            switch self {
            case .noData: return "no data yet"
            case .met: return "target met"
            case .onPace: return "on pace"
            case .behind: return "behind"
            case .missed: return "missed"
            }
        }
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
    public var summary: String

    public func isFor(_ school: PlannedSchool) -> Bool { scope.includes(school: school.id, grades: school.grades) }
}
