import PlanwrightDocument

/// A district's continuous-improvement plan, format 1: everything `plan.yaml` says, typed and checked.
public struct Plan: Sendable {
    public var district: District
    public var framework: Framework
    public var year: SchoolYear
    public var assessment: Assessment
    public var schools: [School]
    public var staff: [StaffMember]
    public var goals: [Goal]
    public var training: TrainingSettings
    public var champions: ChampionSettings
    public var focus: FocusSettings
    public var owners: OwnerSettings
    /// Status of milestones the planner generates, keyed by their ids.
    public var progress: [RecordedProgress] = []
    public var budget = BudgetSettings()
    public var funding: [FundingSource] = []
    public var support: [SupportResource] = []
    /// Stakeholder surveys, read from their exports (`voices:`).
    public var voices = Voices()
    /// The languages family pages are made in, and the help families get.
    public var families = FamilySettings()
    /// The district's tools (`tools:`): what it has, how they connect, whether they are used.
    public var tools = ToolInventory()

    /// Every milestone of every goal, in file order.
    public var milestones: [Milestone] { goals.flatMap(\.milestones) }
}

public struct District: Sendable {
    public var name: String
    /// Markdown.
    public var vision: String
    public var team: [TeamMember]
    public var location: SourceLocation
}

/// A member of the district's planning team.
public struct TeamMember: Sendable {
    public var name: String
    public var role: String
    public var email: String?
    /// The staff id of this person when they also appear under `staff`.
    public var staff: Reference?
    public var location: SourceLocation

    /// Pitfall 3 of the brief: plans made without teachers miss their needs.
    public var isTeacher: Bool { role.lowercased().contains("teacher") }
}

/// How many priorities a cycle takes on at once ("focus on less").
public struct FocusSettings: Sendable {
    public var perCycle: Int = 3
    public var location: SourceLocation?
    public init() {}
}

/// Limits on how much one person is asked to own at the same time.
public struct OwnerSettings: Sendable {
    public var maxConcurrent: Int?
    /// `owners.roles`: who does the framework's steps for an owner role ("edtech leader"), by
    /// name, keyed by the role as written (its location says where, for a role the framework lacks).
    public var roles: [(role: Reference, person: Reference)] = []
    public init() {}

    /// An owner role as roles are compared: without case, `-` and `_` read as spaces, so a plan
    /// that writes the framework's "edtech leader" as a key (`edtech-leader`, `Edtech_Leader`)
    /// means the same role.
    public static func roleKey(_ role: String) -> String {
        role.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }.reduce(into: "") { $0.append($1) }
            .split(separator: " ").joined(separator: " ")
    }

    /// The person the plan names for a framework role, however the plan spells the role.
    public func person(for role: String) -> Reference? {
        let key = Self.roleKey(role)
        return roles.first { Self.roleKey($0.role.id) == key }?.person
    }
}
