/// What a stage that reads files gives back: its value, every problem found on the way, and
/// the texts of the files it read, so a printer can quote the lines its diagnostics point at.
///
/// The value's own fields read through (`loaded.plan`, `roster.staff`), so a stage's result
/// says what it holds without repeating the diagnostics and sources each time.
@dynamicMemberLookup
public struct Checked<Value> {
    public var value: Value
    public var diagnostics: [Diagnostic]
    public var sources: [SourceText]

    public init(_ value: Value, diagnostics: [Diagnostic] = [], sources: [SourceText] = []) {
        self.value = value
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public subscript<Field>(dynamicMember field: WritableKeyPath<Value, Field>) -> Field {
        get { value[keyPath: field] }
        set { value[keyPath: field] = newValue }
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The same problems and files, with the value `transform` makes of this one.
    public func map<Other>(_ transform: (Value) -> Other) -> Checked<Other> {
        Checked<Other>(transform(value), diagnostics: diagnostics, sources: sources)
    }
}

extension Checked: Sendable where Value: Sendable {}
