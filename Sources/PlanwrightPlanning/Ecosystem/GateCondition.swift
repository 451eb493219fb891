import PlanwrightModel

/// What must be true before a go/no-go gate says go, where the rollout after it brings in a tool
/// that is not ready: a fact the gate's handout line words ("Seesaw's data privacy agreement is
/// signed"), so the people deciding check it rather than discover it after launch.
public struct GateCondition: Sendable, Equatable, Codable {
    /// The tool's id.
    public var tool: String
    public var requirement: Requirement

    public init(tool: String, requirement: Requirement) {
        self.tool = tool
        self.requirement = requirement
    }

    public enum Requirement: String, Sendable, Codable, CaseIterable {
        /// Signs in with single sign-on and gets its class lists from the SIS by rostering.
        case integrated
        /// The vendor's data privacy agreement is signed.
        case privacySigned = "privacy_signed"
    }
}
