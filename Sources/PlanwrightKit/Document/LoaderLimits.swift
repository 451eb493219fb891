/// Bounds on what the loader accepts, so a hostile or broken file cannot exhaust memory.
public struct LoaderLimits: Sendable {
    /// Largest file read, in bytes. A state with 100,000 staff is about 12 MB.
    public var maxFileBytes: Int = 64 * 1024 * 1024
    /// Deepest nesting of lists and mappings. Plans nest about 6 deep.
    public var maxDepth: Int = 64
    /// Nodes that aliases may add by repetition ("billion laughs" stops here).
    public var maxAliasExpansion: Int = 1_000_000

    public init() {}
    public static let standard = LoaderLimits()
}
