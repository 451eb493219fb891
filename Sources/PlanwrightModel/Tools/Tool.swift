import PlanwrightDocument

/// One tool in the district's inventory (`tools.inventory`), as the plan writes it, or as an
/// app report (`tools.import`) shows it, or both. Integration over addition: a plan that knows
/// its tools can ask whether they connect, whether they are used, and what a new one replaces.
public struct Tool: Sendable {
    public var id: String
    public var name: String
    public var purpose: Located<ToolPurpose>?
    /// Where it is used: the schools and grades (roles and subjects are not a tool's to say).
    public var declaredScope = DeclaredScope()
    public var scope: Scope = .everyone
    /// Seats or licences paid for; nil where the plan does not say (site licences, free tools).
    public var licences: Located<Int>?
    /// People active in it, each with the day counted (the end of the period an app report covers).
    public var activeUsers: [Observation] = []
    public var integration = ToolIntegration()
    public var privacy: PrivacyAgreement?
    /// What it costs a year, paid on `renewal`, by `funding`.
    public var cost: Located<Money>?
    public var funding: FundingSplit?
    public var renewal: Located<SchoolDate>?
    /// Who looks after it, by name, like a goal's owner.
    public var owner: Reference?
    public var decision: ToolDecision?
    public var url: String?
    /// Whether the plan writes this tool (vetted); a tool only an app report shows is unvetted.
    public var inPlan: Bool = true
    /// The app report's row that shows it, if one does.
    public var reported: SourceLocation?
    public var location: SourceLocation

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// What a tool is for: tools with the same purpose in the same schools and grades overlap.
public enum ToolPurpose: String, CaseIterable, Sendable, Codable {
    case lms
    case sis
    case assessment
    case curriculum
    case intervention
    case communication
    case productivity
    case other
}

/// Whether a tool connects by each standard: `integration: {sso: yes, oneroster: planned}`.
/// A standard the plan does not write is `.no`: a tool is not integrated until someone says so.
public struct ToolIntegration: Sendable {
    /// Single sign-on (SAML, OpenID Connect, Google or Microsoft accounts, Clever).
    public var sso: Located<IntegrationState>?
    /// Classes and people from the SIS by OneRoster (or another rostering feed): no class lists typed by hand.
    public var rostering: Located<IntegrationState>?
    /// Launched from the LMS by LTI.
    public var lti: Located<IntegrationState>?
    /// Grades sent back to the LMS or SIS.
    public var gradePassback: Located<IntegrationState>?
    public var location: SourceLocation?

    public init() {}
}

public enum IntegrationState: String, CaseIterable, Sendable, Codable {
    case yes
    case no
    case planned
}

/// The data privacy agreement with the tool's vendor.
public struct PrivacyAgreement: Sendable {
    public var status: Located<PrivacyStatus>
    public var expires: Located<SchoolDate>?
    public var location: SourceLocation

    public init(status: Located<PrivacyStatus>, expires: Located<SchoolDate>? = nil, location: SourceLocation) {
        self.status = status
        self.expires = expires
        self.location = location
    }
}

public enum PrivacyStatus: String, CaseIterable, Sendable, Codable {
    case signed
    case pending
    case none
}

/// What the district has decided, or will decide by `by`, about a tool.
public struct ToolDecision: Sendable {
    public var action: Located<ToolAction>
    /// The day the decision is made (a review's end); nil when it is already made.
    public var by: Located<SchoolDate>?
    /// For `replace`: the tool that takes its place.
    public var replacement: Reference?
    public var location: SourceLocation

    public init(action: Located<ToolAction>, by: Located<SchoolDate>? = nil, replacement: Reference? = nil, location: SourceLocation) {
        self.action = action
        self.by = by
        self.replacement = replacement
        self.location = location
    }
}

public enum ToolAction: String, CaseIterable, Sendable, Codable {
    case keep
    case replace
    case retire
    case pilot
}
