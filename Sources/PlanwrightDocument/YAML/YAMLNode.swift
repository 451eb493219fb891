/// One node of a loaded YAML document: a scalar, a sequence or a mapping, with its position.
///
/// Scalars keep their text untouched; the schema decides whether `NO` is a
/// boolean or a string, so the loader never guesses.
public struct YAMLNode: Sendable {
    public enum Kind: UInt8, Sendable { case scalar, sequence, mapping }
    public enum Style: UInt8, Sendable { case plain, singleQuoted, doubleQuoted, literal, folded, block, flow }

    package let tree: YAMLTree
    package let index: Int32

    package init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    private var record: YAMLTree.Record { tree.records[Int(index)] }

    public var kind: Kind { record.kind }
    public var style: Style { record.style }
    public var isScalar: Bool { kind == .scalar }
    public var isMapping: Bool { kind == .mapping }
    public var isSequence: Bool { kind == .sequence }

    public var location: SourceLocation {
        let r = record
        return SourceLocation(file: tree.file, line: Int(r.line), column: Int(r.column), length: Int(r.length))
    }

    /// The explicit tag, such as `tag:yaml.org,2002:str` for `!!str`, if one was written.
    public var tag: String? {
        let t = record.tag
        return t < 0 ? nil : tree.strings[Int(t)]
    }

    /// The text of a scalar; nil for collections.
    public var scalar: String? {
        let r = record
        return r.kind == .scalar ? tree.strings[Int(r.first)] : nil
    }

    /// The explicit tag as the core schema reads it, if one was written.
    package var coreTag: YAMLTag? {
        let t = record.tag
        return t < 0 ? nil : YAMLTag(tree.strings[Int(t)])
    }

    /// A plain `~`, `null` or nothing at all, or a value tagged `!!null`: the YAML way to leave a value out.
    /// A tag Planwright does not know is ignored here as everywhere; `!!str ~` is the text "~".
    public var isNull: Bool {
        let r = record
        guard r.kind == .scalar else { return false }
        if r.tag >= 0 {
            switch YAMLTag(tree.strings[Int(r.tag)]) {
            case .null: return true
            case .unknown: break
            default: return false
            }
        }
        guard r.style == .plain else { return false }
        switch tree.strings[Int(r.first)] {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Number of items of a sequence, or of pairs of a mapping.
    public var count: Int { kind == .scalar ? 0 : Int(record.count) }

    /// The items of a sequence.
    public var items: [YAMLNode] {
        let r = record
        guard r.kind == .sequence else { return [] }
        let start = Int(r.first)
        return (0..<Int(r.count)).map { YAMLNode(tree: tree, index: tree.children[start + $0]) }
    }

    /// The key-value pairs of a mapping, in file order (merged keys last).
    public var pairs: [(key: YAMLNode, value: YAMLNode)] {
        let r = record
        guard r.kind == .mapping else { return [] }
        let start = Int(r.first)
        return (0..<Int(r.count)).map {
            (YAMLNode(tree: tree, index: tree.children[start + 2 * $0]),
             YAMLNode(tree: tree, index: tree.children[start + 2 * $0 + 1]))
        }
    }

    /// The key of pair `i` of a mapping, without building the pairs array (hot in decoding).
    package func key(at i: Int) -> YAMLNode {
        YAMLNode(tree: tree, index: tree.children[Int(record.first) + 2 * i])
    }

    /// The value of pair `i` of a mapping.
    package func value(at i: Int) -> YAMLNode {
        YAMLNode(tree: tree, index: tree.children[Int(record.first) + 2 * i + 1])
    }

    /// What a leader would call this kind of value, for messages.
    public var kindDescription: String {
        switch kind {
        case .scalar: return isNull ? "nothing" : "the text '\(Excerpt.of(scalar ?? ""))'"
        case .sequence: return "a list"
        case .mapping: return "a set of keys"
        }
    }
}
