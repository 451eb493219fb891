import PlanwrightModel

extension PlannedEcosystem {
    /// The latest day any tool's active users were counted, where its licences are known: the
    /// day the median utilization of `evidence` speaks as of. nil when no share is known.
    public var latestCount: SchoolDate? { tools.compactMap(\.latestUtilization?.date).max() }
}
