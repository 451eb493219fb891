/// The nodes of one YAML document, stored flat.
///
/// A state-scale plan has millions of nodes; one record per node in a few
/// arrays keeps loading close to libyaml's own speed (no object per node).
/// Aliases share the node they point to, so the tree is really a DAG.
public final class YAMLTree: Sendable {
    struct Record: Sendable {
        var kind: YAMLNode.Kind
        var style: YAMLNode.Style
        var line: UInt32
        var column: UInt32
        var length: UInt32
        /// Scalar: index into `strings`. Collections: first index into `children`.
        var first: Int32
        /// Collections: number of items (mapping: number of pairs).
        var count: Int32
        /// Index into `strings` of an explicit tag, or -1.
        var tag: Int32
    }

    public let file: String
    let records: [Record]
    let strings: [String]
    /// Sequence items, or mapping keys and values interleaved.
    let children: [Int32]
    let rootIndex: Int32
    /// The parts of the file that aliases refer to, as sorted, disjoint ranges of positions
    /// (`position(line:column:)`): everything from an anchored node's start to its last node's.
    let aliasedParts: [ClosedRange<UInt64>]
    /// Whether any node has an explicit tag; most plans have none, and decoding skips tag checks then.
    package let hasTags: Bool
    /// Each alias (`*name`) in file order, with the part of the file it repeats: the tree keeps
    /// only the node it points to, so this is the one record of where the repeat was written.
    let aliasUses: [AliasUse]

    /// An alias as written, and what it repeats.
    package struct AliasUse: Sendable {
        /// The anchor's name, without `*`.
        package let name: String
        package let location: SourceLocation
        /// From the anchored node's start to its last node's (`position(line:column:)`).
        let repeats: ClosedRange<UInt64>
    }

    init(file: String, records: [Record], strings: [String], children: [Int32], rootIndex: Int32,
         aliasedParts: [ClosedRange<UInt64>] = [], hasTags: Bool = false, aliasUses: [AliasUse] = []) {
        self.file = file
        self.records = records
        self.strings = strings
        self.children = children
        self.rootIndex = rootIndex
        self.aliasedParts = aliasedParts
        self.hasTags = hasTags
        self.aliasUses = aliasUses
    }

    /// A line and column as one number that sorts as positions do.
    static func position(line: Int, column: Int) -> UInt64 { UInt64(line) << 32 | UInt64(UInt32(truncatingIfNeeded: column)) }

    package var hasAliasedParts: Bool { !aliasedParts.isEmpty }

    /// Whether a place in this file is inside a part that aliases refer to, so it may be read more than once.
    package func isInAliasedPart(_ location: SourceLocation) -> Bool {
        let position = Self.position(line: location.line, column: location.column)
        var low = 0, high = aliasedParts.count
        while low < high {
            let middle = (low + high) / 2
            if aliasedParts[middle].upperBound < position { low = middle + 1 } else { high = middle }
        }
        return low < aliasedParts.count && aliasedParts[low].contains(position)
    }

    /// The aliases that repeat the part of the file holding `location`, in file order: where
    /// something read twice (two entries with one id) was written the second time.
    package func aliases(repeating location: SourceLocation) -> [AliasUse] {
        let position = Self.position(line: location.line, column: location.column)
        return aliasUses.filter { $0.repeats.contains(position) }
    }

    public var root: YAMLNode { YAMLNode(tree: self, index: rootIndex) }
    public var nodeCount: Int { records.count }
}
