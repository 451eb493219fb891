/// Bounds on what the loader accepts, so a hostile or broken file cannot exhaust memory.
public struct LoaderLimits: Sendable {
    /// Largest file read, in bytes. A state with 100,000 staff is about 12 MB.
    public var maxFileBytes: Int = 64 * 1024 * 1024
    /// Deepest nesting of lists and mappings. Plans nest about 6 deep.
    public var maxDepth: Int = 64
    /// Nodes that aliases may add by repetition ("billion laughs" stops here).
    public var maxAliasExpansion: Int = 1_000_000

    public init() {}

    /// Whether a file of `bytes` is more than is read. `BoundedRead` stops at the same bound
    /// while reading, from `maxFileBytes`, as it also serves the output folder's own limits.
    package func isTooLarge(_ bytes: Int) -> Bool { bytes > maxFileBytes }

    /// The largest file read, as messages say it.
    package var maxFileSize: FileSize { FileSize(bytes: maxFileBytes) }

    public static let standard = LoaderLimits()

    /// Templates: the built-in ones are under 5 KB. The Mustache parser's work grows with the
    /// square of a template's size (each tag measures its offset from the start), so a 2 MB
    /// template of typos ran for minutes; 64 KB keeps that under a second.
    public static let templates: LoaderLimits = {
        var limits = LoaderLimits()
        limits.maxFileBytes = 64 * 1024
        return limits
    }()

    /// Strings files (`Templates/strings/<language>.po`): every word of every output in one
    /// language, read line by line in one pass. English is about 70 KB and grows with each
    /// output; 1 MB leaves room for that and still refuses a file that is not a translation.
    public static let strings: LoaderLimits = {
        var limits = LoaderLimits()
        limits.maxFileBytes = 1024 * 1024
        return limits
    }()
}
