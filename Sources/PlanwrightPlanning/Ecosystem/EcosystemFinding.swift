import PlanwrightDocument
import PlanwrightModel

/// Something about the district's tools a leader should act on, with the plan line to change.
public struct EcosystemFinding: Sendable {
    public var kind: Kind
    /// The plan line to change (or the app report's row, for a tool the plan does not list).
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public enum Kind: Sendable, Equatable {
        /// Tools for the same purpose in the same schools and grades: candidates to consolidate.
        case overlap(purpose: ToolPurpose, tools: [String], schools: [String])
        /// No single sign-on, or no rostering (class lists typed by hand), or both.
        case notIntegrated(tool: String, sso: Bool, rostering: Bool)
        /// Fewer licences in use than the plan's threshold, on the latest count.
        case lowUtilization(tool: String, share: Share, below: Share, on: SchoolDate)
        /// No signed data privacy agreement (pending, none, or not written).
        case privacyMissing(tool: String, status: PrivacyStatus?)
        /// A signed agreement that ends before the school year does.
        case privacyExpiring(tool: String, expires: SchoolDate)
        /// The tool renews before the decision about it is due.
        case renewalBeforeDecision(tool: String, renewal: SchoolDate, decisionBy: SchoolDate)
        /// A rollout of a tool that is not integrated or has no signed privacy agreement: its
        /// go/no-go gate should check what must be true first.
        case rolloutNotReady(milestone: String, tool: String, integrated: Bool, privacySigned: Bool)
        /// Work that introduces a tool while tools for the same purpose stay in the same scope.
        case addsWithoutReplacing(work: String, tool: String, samePurpose: [String])
        /// A tool the app report shows that the plan does not list.
        case unvetted(tool: String)
    }
}
