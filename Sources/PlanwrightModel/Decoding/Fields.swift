import PlanwrightDocument

/// The values of one mapping, checked against its shape: every key is known.
struct Fields {
    let node: YAMLNode
    let shape: MappingShape
    /// Node indices of the values, by the position of their field in `shape.fields`; -1 where absent.
    /// Indices rather than nodes: each node holds the tree, and retaining it per field adds up.
    private let values: [Int32]
    let contextOverride: Message?

    init(node: YAMLNode, shape: MappingShape, values: [Int32], context: Message?) {
        self.node = node
        self.shape = shape
        self.values = values
        self.contextOverride = context
    }

    /// The value of a key, or nil when it is absent or written as null.
    subscript(key: String) -> YAMLNode? {
        guard let position = shape.fields.firstIndex(where: { $0.name == key }) else {
            assertionFailure("'\(key)' is not in the \(shape.noun) shape")
            return nil
        }
        guard let value = raw(at: position), !value.isNull else { return nil }
        return value
    }

    /// The value as written, even when it is null, so a required key written empty can be pointed at.
    func raw(at position: Int) -> YAMLNode? { values[position] < 0 ? nil : YAMLNode(tree: node.tree, index: values[position]) }

    /// How the mapping is named in messages: "goal 'lms-pilot'", "the assessment".
    /// Computed only when a message needs it: most mappings never have a problem.
    var contextPhrase: Message {
        if let contextOverride { return contextOverride }
        if shape.isSingleton { return shape.theNounPhrase }
        for key in ["id", "name", "item", "what"] {
            if let position = shape.fields.firstIndex(where: { $0.name == key }),
               let value = raw(at: position), value.isScalar, let text = value.scalar, !text.isEmpty {
                return shape.namedPhrase(text)
            }
        }
        return shape.thisNounPhrase
    }

    /// "'days' of milestone 'lms-pilot'", for messages about one value.
    func describing(_ key: String) -> Message {
        Message("decode_key_of", ["key": .text(key), "context": .message(contextPhrase)])
    }

}
