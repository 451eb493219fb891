import PlanwrightDocument

/// How staff training is differentiated and scheduled (pitfall 6 of the brief).
public struct TrainingSettings: Sendable {
    public var maxGroup: Int = 12
    public var slots: [TrainingSlot] = [.pdDays, .earlyRelease]
    public var tracks: [TrainingTrack] = TrainingTrack.defaults
    /// Sessions recorded as held, in the order written.
    public var held: [HeldSession] = []
    /// Groups that have met, with their members as they met, in the order written.
    public var groups: [MetGroup] = []
    public var costs: TrainingCosts?
    public var location: SourceLocation?
    public init() {}
}

public enum TrainingSlot: String, CaseIterable, Sendable, Codable {
    case pdDays = "pd_days", earlyRelease = "early_release"
}

/// A training track for staff within a comfort range.
public struct TrainingTrack: Sendable {
    public var id: String
    /// As the plan writes it; nil for a default track, which the outputs name by its id.
    public var name: String?
    public var comfort: ClosedRange<Int>
    public var sessions: Int
    public var minutes: Int
    public var location: SourceLocation?

    public static let defaults: [TrainingTrack] = [
        TrainingTrack(id: "getting-started", name: nil, comfort: 1...2, sessions: 3, minutes: 60),
        TrainingTrack(id: "building-fluency", name: nil, comfort: 3...3, sessions: 2, minutes: 60),
        TrainingTrack(id: "leading", name: nil, comfort: 4...5, sessions: 2, minutes: 45),
    ]

    public init(id: String, name: String?, comfort: ClosedRange<Int>, sessions: Int, minutes: Int, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.comfort = comfort
        self.sessions = sessions
        self.minutes = minutes
        self.location = location
    }
}

/// How local technology champions are matched with colleagues.
public struct ChampionSettings: Sendable {
    public var maxColleagues: Int = 6
    public var minComfort: Int = 4
    /// The most champions one school has (`max_per_school`), the best-placed chosen and the rest
    /// reserves; nil for no set number, when volunteers are taken only as far as the school's
    /// colleagues need them (`max_colleagues` each), and everyone marked `champion: yes` is one.
    public var maxPerSchool: Int?
    public var subjectWeight: Int = 3
    public var gradesWeight: Int = 2
    public var balanceWeight: Int = 1
    public var pins: [ChampionPin] = []
    public var exclude: [Reference] = []
    public var stipend: ChampionStipend?
    public init() {}
}

/// A pair the matcher must keep: this colleague goes to this champion.
public struct ChampionPin: Sendable {
    public var champion: Reference
    public var colleague: Reference
    public var location: SourceLocation
}
