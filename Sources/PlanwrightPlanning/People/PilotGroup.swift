import PlanwrightModel

/// The staff who try a goal's tool in a pilot: listed by the plan (`participants: [ids]`), or
/// proposed by the planner from a count (`participants: 8`). Either way they co-lead the
/// training of their goal's rollout (`PilotLeaders`). Facts only: outputs word the reasons.
public struct PilotGroup: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable {
        /// The plan names them.
        case listed
        /// The plan asks for a number; the planner chose them (`PilotGroupProposer`).
        case proposed
    }

    /// The pilot milestone's id.
    public var pilot: String
    public var goal: String
    public var source: Source
    /// How many the plan asked for; only for a proposed group.
    public var asked: Int?
    /// How many staff the pilot's scope offered; only for a proposed group (fewer than `asked`
    /// means everyone eligible is in it).
    public var eligible: Int?
    /// In the order they were listed, or picked.
    public var members: [PilotMember]
}

/// One member of a pilot group, and why the planner picked them (none for a listed group).
public struct PilotMember: Sendable, Codable, Equatable {
    public var staff: String
    public var reasons: [PilotPickReason]
}

/// Why the planner put someone in a pilot group it proposed.
public enum PilotPickReason: String, Sendable, Codable, CaseIterable {
    /// A technology champion of the plan: willing, and able to lead colleagues after the pilot.
    case champion
    /// Offered to help (`champion: volunteer`, or `yes` and not chosen as a champion).
    case volunteer
    /// The first of the group from their school.
    case spreadsSchools = "spreads_schools"
    /// The first of the group at their comfort level (low 1–2, middle 3, high 4–5).
    case spreadsComfort = "spreads_comfort"
    /// The first of the group who teaches what they teach.
    case spreadsSubjects = "spreads_subjects"
}
