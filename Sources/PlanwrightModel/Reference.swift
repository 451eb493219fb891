import PlanwrightDocument

/// An id written in the plan that must name something else in it, kept with its position
/// so an unresolved reference is reported where it was written.
public struct Reference: Hashable, Sendable, Codable {
    public var id: String
    public var location: SourceLocation

    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

/// A value together with where it was written.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
