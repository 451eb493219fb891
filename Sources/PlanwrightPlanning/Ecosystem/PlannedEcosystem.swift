import PlanwrightDocument
import PlanwrightModel

/// What the planner makes of the district's tools: the inventory as facts, each tool's
/// utilization over time, and what a leader should look at (overlaps, tools that do not
/// connect, licences unused, privacy agreements missing, renewals before decisions).
public struct PlannedEcosystem: Sendable, Encodable {
    public var tools: [PlannedTool] = []
    public var findings: [EcosystemFinding] = []
    /// Active users over licences below this is low utilization.
    public var lowUtilization: Share
    /// The figures a re-assessment of the framework's tool indicators argues from.
    public var evidence = EcosystemEvidence()

    public init(lowUtilization: Share) {
        self.lowUtilization = lowUtilization
    }
}

/// One tool as the outputs show it: facts only, worded by the outputs.
public struct PlannedTool: Sendable {
    public var id: String
    public var name: String
    public var purpose: ToolPurpose?
    /// Where it is used, and the schools that reaches, in the plan's school order.
    public var scope: Scope = .everyone
    public var schools: [String] = []
    public var licences: Int?
    /// Active users on each day counted, oldest first.
    public var activeUsers: [MeasureProgress.Value] = []
    /// Active users over licences on each of those days, where licences are known.
    public var utilization: [UtilizationPoint] = []
    public var sso: IntegrationState = .no
    public var rostering: IntegrationState = .no
    public var lti: IntegrationState = .no
    public var gradePassback: IntegrationState = .no
    public var privacy: PrivacyStatus?
    public var privacyExpires: SchoolDate?
    public var cost: Money?
    public var funding: [PlannedFundingShare] = []
    public var renewal: SchoolDate?
    public var owner: String?
    public var decision: ToolAction?
    public var decisionBy: SchoolDate?
    public var replacement: String?
    public var url: String?
    /// Written in the plan; false for a tool only the app report shows.
    public var vetted = true
    /// The plan line that describes it (or the app report's row, for an unvetted tool).
    public var location: SourceLocation

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }

    /// The latest share of licences in use, if licences and a count are known.
    public var latestUtilization: UtilizationPoint? { utilization.last }
}

/// A share of a tool's licences in use on a day.
public struct UtilizationPoint: Sendable, Equatable, Encodable {
    public var date: SchoolDate
    public var share: Share

    public init(date: SchoolDate, share: Share) {
        self.date = date
        self.share = share
    }
}

/// A funding source's share of a tool's cost.
public struct PlannedFundingShare: Sendable, Equatable, Encodable {
    public var source: String
    public var share: Share

    public init(source: String, share: Share) {
        self.source = source
        self.share = share
    }
}

/// How many tools, how many connect, and how much they are used: the numbers the framework's
/// tool-audit, interoperability and utilization indicators are re-assessed with.
public struct EcosystemEvidence: Sendable, Equatable, Encodable {
    public var tools = 0
    /// Tools with single sign-on and rostering both in place.
    public var integrated = 0
    public var withSSO = 0
    public var rostered = 0
    /// The median of the tools' latest utilization, where licences are known; nil when none are.
    public var medianUtilization: Share?
    public var withSignedPrivacy = 0

    public init() {}
}
