extension [String] {
    /// "a", "a and b", "a, b and c": a list as a sentence says it, in reasons, warnings and
    /// whom work is for.
    public func joinedAsList() -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " and " + last!
    }
}
