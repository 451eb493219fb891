import PlanwrightModel

/// Differentiated training: tracks by comfort, groups, and dated sessions (pitfall 6 of the brief).
public struct TrainingPlan: Sendable, Codable {
    public var tracks: [PlannedTrack]
    public var groups: [TrainingGroup]
    public var sessions: [TrainingSession]
    /// Sessions that found no slot, with the reason.
    public var unplaced: [UnplacedSession]
    /// The days sessions may use: after the go/no-go gate, before the rollout they prepare for.
    public var window: TrainingWindow
}

public struct TrainingWindow: Sendable, Codable {
    public var from: SchoolDate
    public var to: SchoolDate
    /// Why these dates: "after lms-gate, before lms-rollout".
    public var reason: String
}

public struct PlannedTrack: Sendable, Codable {
    public var id: String
    public var name: String
    public var comfort: String
    public var sessions: Int
    public var minutes: Int
    public var members: Int
}

public struct TrainingGroup: Sendable, Codable {
    public var id: String
    public var track: String
    /// The school when the group is one school's; nil when pooled across schools.
    public var school: String?
    public var schools: [String]
    /// Staff ids, sorted by school then id.
    public var members: [String]
    /// A champion who co-facilitates: of the group's school where possible.
    public var facilitator: String?
}

public struct TrainingSession: Sendable, Codable {
    public var group: String
    public var number: Int
    public var date: SchoolDate
    public var minutes: Int
    public var slot: TrainingSlot
    /// The priorities of the cycle the session falls in: training aligned with the plan.
    public var focus: [String]
    /// Its hours: the slot's start and the track's minutes. Nil when the slot gives no time,
    /// so the session is a day's entry, not an appointment.
    public var time: SlotTime? = nil
    /// Where it is held, when its PD day says (`place`).
    public var place: String? = nil

    /// The session's id, as a plan records it held and as every output names it: its group's id
    /// and its number in the group, `getting-started-lincoln-1/2`.
    public var id: String { Self.id(group: group, number: number) }

    /// The one rule for a session's id, for a session not dated yet.
    public static func id(group: String, number: Int) -> String { "\(group)/\(number)" }
}

public struct UnplacedSession: Sendable, Codable {
    public var group: String
    public var number: Int
    public var reason: String
}

/// Local technology champions and the colleagues each supports.
public struct ChampionPlan: Sendable, Codable {
    public var assignments: [ChampionAssignment]
    public var unassigned: [UnassignedColleague]
    /// Schools with no champion at all.
    public var schoolsWithoutChampion: [String]
    /// The total matching cost, as DESIGN.md defines a pair's cost.
    public var totalCost: Int
}

public struct ChampionAssignment: Sendable, Codable {
    public var champion: String
    public var school: String
    public var colleagues: [String]
}

public struct UnassignedColleague: Sendable, Codable {
    public enum Reason: String, Sendable, Codable {
        case noChampionAtSchool = "no_champion_at_school"
        case championsFull = "champions_full"
        case excluded
    }

    public var staff: String
    public var school: String
    public var reason: Reason
}
