import PlanwrightModel

extension EcosystemEvidence {
    /// The inventory's figures: how many tools, how many connect, how much they are used.
    init(_ tools: [PlannedTool]) {
        self.init()
        self.tools = tools.count
        for tool in tools {
            if tool.isIntegrated { integrated += 1 }
            if tool.sso == .yes { withSSO += 1 }
            if tool.rostering == .yes { rostered += 1 }
            if tool.privacy == .signed { withSignedPrivacy += 1 }
        }
        medianUtilization = Self.median(tools.compactMap { $0.latestUtilization?.share.basisPoints })
    }

    /// The middle of the latest shares (the mean of the two middle ones for an even count,
    /// rounded half up); nil for none.
    static func median(_ points: [Int]) -> Share? {
        guard !points.isEmpty else { return nil }
        let sorted = points.sorted(), middle = sorted.count / 2
        return Share(basisPoints: sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle] + 1) / 2)
    }
}
