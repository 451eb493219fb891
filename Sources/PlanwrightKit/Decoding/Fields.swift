/// The values of one mapping, checked against its shape: every key is known.
struct Fields {
    let node: YAMLNode
    let shape: MappingShape
    /// How the mapping is named in messages: "goal 'lms-pilot'".
    let context: String
    private let values: [String: YAMLNode]

    init(node: YAMLNode, shape: MappingShape, context: String, values: [String: YAMLNode]) {
        self.node = node
        self.shape = shape
        self.context = context
        self.values = values
    }

    /// The value of a key, or nil when it is absent or written as null.
    subscript(key: String) -> YAMLNode? {
        assert(shape.field(key) != nil, "'\(key)' is not in the \(shape.noun) shape")
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    /// "'days' of milestone 'lms-pilot'", for messages about one value.
    func describe(_ key: String) -> String { "'\(key)' of \(context)" }
}
