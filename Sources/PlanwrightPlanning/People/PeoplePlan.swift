import PlanwrightModel

/// Differentiated training: tracks by comfort, groups, and dated sessions (pitfall 6 of the brief),
/// one programme for each rollout. Groups, sessions and unplaced sessions of every programme are
/// flat lists, each naming its programme, since outputs and the diff read them that way.
public struct TrainingPlan: Sendable, Encodable {
    /// The plan's tracks; `members` counts the staff trained in each, in any programme.
    public var tracks: [PlannedTrack]
    /// One per rollout still to come (and per training milestone that prepares none), in the
    /// order their sessions were placed: earliest rollout first.
    public var programmes: [TrainingProgramme]
    public var groups: [TrainingGroup]
    public var sessions: [TrainingSession]
    /// Sessions that found no slot, with the reason.
    public var unplaced: [UnplacedSession]
    /// Staff a programme reaches whose comfort no track's range holds, by id: in no group.
    public var outsideTracks: [String] = []
    /// Pilot participants who co-lead a programme's training instead of attending it.
    public var pilotLeaders: [PilotLeader] = []
    /// Champions whose own training in a programme cannot come before the first session of it
    /// they lead, and how they are trained instead.
    public var championsTrainedInstead: [ChampionTrainedInstead] = []

    public func programme(_ id: String) -> TrainingProgramme? { programmes.first { $0.id == id } }
}

/// The training that prepares the people in one rollout's scope for it, in its own window.
public struct TrainingProgramme: Sendable, Encodable {
    /// The id of the milestone it prepares for (the rollout, or a training milestone that
    /// prepares none); `district` when the plan has neither and everyone trains in cycle 1.
    public var id: String
    /// That milestone's title; empty for the district-wide programme, which the outputs name.
    public var title: String
    /// Whom it trains, as the rollout's scope.
    public var scope: Scope
    /// The names of the schools `scope` names, by id, as the plan writes them: what its audience
    /// says ("grades 6–12, at Westbrook Middle School"), worded by the outputs.
    public var schoolNames: [String: String]
    /// The days its sessions may use: after the go/no-go gate, before the rollout.
    public var window: TrainingWindow
    /// Its tracks, `members` counting this programme's staff only.
    public var tracks: [PlannedTrack]

    /// The one programme of a plan with no rollout and no training milestone: everyone, cycle 1.
    public var isDistrictWide: Bool { id == TrainingProgrammes.districtID }

    enum CodingKeys: String, CodingKey { case id, title, scope, audience, window, tracks }

    /// The keys plan.json has always had; the district-wide title and `audience` in the outputs' words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(isDistrictWide ? encoder.planSentences?.title(self) : title, forKey: .title)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(encoder.planSentences?.audience(self), forKey: .audience)
        try c.encode(window, forKey: .window)
        try c.encode(tracks, forKey: .tracks)
    }
}

public struct TrainingWindow: Sendable, Encodable {
    public var from: SchoolDate
    /// Never before `from`: a window the milestones around it leave no day for is `empty`.
    public var to: SchoolDate
    /// Why these dates, as the milestones that set them; the outputs word it.
    public var reason: Reason
    /// The milestones around it leave no day between them (a rollout that starts the day after
    /// its go/no-go ends): `from` and `to` are then the day after the first, and no session fits.
    public var empty: Bool = false

    /// What bounds a programme's window, by milestone id.
    public enum Reason: Sendable, Equatable {
        /// No rollout and no training milestone: everyone trains in the first cycle.
        case firstCycle
        /// The training milestone before the rollout: its days are the window.
        case duringTraining(String, beforeRollout: String)
        /// After the rollout's go/no-go, up to the day before the rollout.
        case afterGate(String, beforeRollout: String)
        /// A rollout with neither: from the first day of school.
        case beforeRollout(String)
        /// A training milestone that prepares no rollout: its own days.
        case during(String)
    }

    enum CodingKeys: String, CodingKey { case from, to, reason, empty }

    /// The keys plan.json has always had; `reason` in the outputs' words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encodeIfPresent(encoder.planSentences?.reason(self), forKey: .reason)
        try c.encode(empty, forKey: .empty)
    }
}

public struct PlannedTrack: Sendable, Encodable {
    public var id: String
    /// As the plan writes it; nil for a default track (`getting-started`, `building-fluency`,
    /// `leading`), which the outputs name by its id in the page's language.
    public var name: String?
    /// The comfort levels it trains, as the plan writes them (`comfort: [1, 2]`); the outputs word them.
    public var comfort: ClosedRange<Int>
    public var sessions: Int
    public var minutes: Int
    public var members: Int

    enum CodingKeys: String, CodingKey { case id, name, comfort, sessions, minutes, members }

    /// plan.json writes the range as it always has, for tools: "1-2", or "3" for one level.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name ?? encoder.planSentences?.name(self), forKey: .name)
        try c.encode(comfort.lowerBound == comfort.upperBound ? "\(comfort.lowerBound)" : "\(comfort.lowerBound)-\(comfort.upperBound)", forKey: .comfort)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(minutes, forKey: .minutes)
        try c.encode(members, forKey: .members)
    }
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
    /// The id of the programme (the rollout) it trains for.
    public var programme: String
    /// True when the plan records who was in it as it met (`training: groups:`), so staff changes
    /// keep its people; absent otherwise (and from `plan.json`).
    public var membersRecorded: Bool? = nil
    /// Pilot participants who co-lead it beside the champion, by id: they used the tool in the
    /// pilot, and attend no group of this programme.
    public var coLeaders: [String] = []
    /// Why a group has one member, which a group of one always says.
    public var alone: AloneReason? = nil
    /// District-wide staff who joined this school's group because their track had too few of
    /// them for a group of their own (`TrainingGroups+DistrictWide`); absent otherwise.
    public var districtWideJoined: [String]? = nil
    /// True for a group of district-wide staff (`school: district`), who serve every school; absent otherwise.
    public var districtWide: Bool? = nil
    /// People recorded in it as it met (`training: groups:`) whom it no longer has: who left
    /// the staff, or whom its programme no longer reaches. They attended what it held (and are
    /// paid for it), and are trained no more in it. Absent when there are none.
    public var formerMembers: [String]? = nil
}

/// Why a training group has a single member: a group of one is no group unless there is a reason.
public enum AloneReason: String, Sendable, Codable {
    /// Nobody else this programme trains is in the track's comfort range.
    case onlyOneInTrack = "only_one_in_track"
    /// The others in the track are in their own schools' groups, and nobody else at theirs.
    case restAtOwnSchools = "rest_at_own_schools"
}

/// A pilot participant who co-leads their goal's rollout training rather than attending it:
/// prepared by the pilot, they lead `group` (nil when the programme has no group at their school).
public struct PilotLeader: Sendable, Codable {
    public var staff: String
    public var programme: String
    /// The pilot milestone they took part in: how they were trained.
    public var pilot: String
    public var group: String?
}

/// A champion who leads a programme's groups but whose own group in it found no slot before the
/// first session they lead: no earlier day has room, so they are trained another way first.
public struct ChampionTrainedInstead: Sendable, Codable {
    public enum How: String, Sendable, Codable {
        /// One to one with the programme's owner (the rollout's), before the first session they lead.
        case briefedByOwner = "briefed_by_owner"
    }

    public var staff: String
    public var programme: String
    /// Their own group in the programme, which meets after they have led, or not at all.
    public var group: String
    /// The first session they lead, which the briefing comes before.
    public var firstLed: String
    public var how: How
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
    /// The id of its group's programme.
    public var programme: String
    /// For a session recorded as held, the staff ids of who attended it (`attended(group:…)`),
    /// which its participant stipends are paid by; nil for a session still to come.
    public var attended: [String]? = nil

    /// The session's id, as a plan records it held and as every output names it: its group's id
    /// and its number in the group, `getting-started-lincoln-1/2`.
    public var id: String { Self.id(group: group, number: number) }

    /// The one rule for a session's id, for a session not dated yet.
    public static func id(group: String, number: Int) -> String { "\(group)/\(number)" }
}

public struct UnplacedSession: Sendable, Encodable {
    /// Why a session found no day, as a fact: `status` words it and says what to do.
    public enum Cause: String, Sendable, Codable {
        /// The milestones around the window leave no day between them.
        case noDayInWindow = "no_day_in_window"
        /// The window holds days, but no school day.
        case noSchoolDay = "no_school_day"
        /// The window ended before the as-of date (or the last held session).
        case windowEnded = "window_ended"
        /// Its people are in other sessions on the days left (`clashesWith`).
        case clash
        /// Fewer fitting days are left than the group has sessions.
        case tooFewDays = "too_few_days"
    }

    public var group: String
    public var number: Int
    public var cause: Cause
    /// The id of its group's programme.
    public var programme: String
    /// The session that holds a slot this group's people needed, when that, not the window's
    /// size, left the session out.
    public var clashesWith: String?
    /// Its programme's window, which the session had to fit in.
    public var window: TrainingWindow
    /// What the search for a day found; nil when the window itself holds no school day
    /// (`noDayInWindow`, `noSchoolDay`).
    public var search: DaySearch?

    /// The days a session was looked for on, and what kept it off them.
    public struct DaySearch: Sendable, Equatable {
        /// The first day searched: the window's first, or later (`afterHeld`).
        public var from: SchoolDate
        /// The search began after the window's first day: after the as-of date and the sessions held.
        public var afterHeld: Bool
        /// The session's length in minutes, which a day's slot must fit.
        public var minutes: Int
        /// Days from `from` to the window's end with a slot that fits it.
        public var fittingDays: Int
        /// Of those, the days on which none of the group's people is booked.
        public var freeDays: Int
        /// The first booking that took a day this group needed (`clash`).
        public var clash: Clash?

        public init(from: SchoolDate, afterHeld: Bool, minutes: Int, fittingDays: Int, freeDays: Int, clash: Clash?) {
            (self.from, self.afterHeld, self.minutes, self.fittingDays, self.freeDays, self.clash) = (from, afterHeld, minutes, fittingDays, freeDays, clash)
        }
    }

    /// Someone in this group who is booked elsewhere on a day it could have met.
    public struct Clash: Sendable, Equatable {
        public var person: String
        /// Their name, as the plan writes it.
        public var name: String
        /// They facilitate the other session rather than attend it.
        public var facilitating: Bool
        public var session: String
        public var date: SchoolDate

        public init(person: String, name: String, facilitating: Bool, session: String, date: SchoolDate) {
            (self.person, self.name, self.facilitating, self.session, self.date) = (person, name, facilitating, session, date)
        }
    }

    enum CodingKeys: String, CodingKey { case group, number, reason, cause, programme, clashesWith }

    /// The keys plan.json has always had; `reason` in the outputs' words.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(group, forKey: .group)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(encoder.planSentences?.reason(self), forKey: .reason)
        try c.encode(cause, forKey: .cause)
        try c.encode(programme, forKey: .programme)
        try c.encodeIfPresent(clashesWith, forKey: .clashesWith)
    }
}

/// Local technology champions and the colleagues each supports.
public struct ChampionPlan: Sendable, Codable {
    public var assignments: [ChampionAssignment]
    public var unassigned: [UnassignedColleague]
    /// Candidates not chosen, by school then id: ready to step in, and paid nothing meanwhile.
    public var reserves: [ChampionReserve]
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

/// A candidate champion the school does not need now: listed so the principal knows who can
/// step in, but given no colleagues, no group to co-facilitate and no stipend.
public struct ChampionReserve: Sendable, Codable {
    public enum Reason: String, Sendable, Codable {
        /// The plan's `max_per_school` is reached by better-placed candidates.
        case schoolCap = "school_cap"
        /// The champions chosen have a place for every colleague at the school.
        case notNeeded = "not_needed"
    }

    public var staff: String
    public var school: String
    public var reason: Reason
}
