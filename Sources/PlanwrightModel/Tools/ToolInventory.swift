import PlanwrightDocument

/// `tools:`: the district's tools, the app report they are also read from, and the share of
/// licences in use below which a tool counts as barely used.
public struct ToolInventory: Sendable {
    public var tools: [Tool] = []
    /// Active users over licences below this is low utilization (default 50%).
    public var lowUtilization: Located<Share>?
    public var location: SourceLocation?

    public static let defaultLowUtilization = Share(basisPoints: 5_000)

    public init() {}

    public var isEmpty: Bool { tools.isEmpty }
}
