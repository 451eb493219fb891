import PlanwrightDocument

extension Observation {
    /// For counts made outside the plan file: an app report's active users, read by the imports' target.
    public init(date: SchoolDate, value: Double, at location: SourceLocation) {
        self.date = date
        self.value = value
        self.location = location
    }
}
