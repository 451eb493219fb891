import PlanwrightComparison

// Here, not beside `PlanDiff`: JSON is an output, and comparison must not depend on outputs.
extension PlanDiff {
    /// Keys sorted and pretty-printed: the same two plans give the same bytes. Written as the
    /// plan's JSON is, so a failure is reported, never an empty `{}`.
    public func json() throws(PlanJSON.Failure) -> String { try PlanJSON.encode(self) }
}
