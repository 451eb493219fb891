import PlanwrightModel

extension PlannedTool {
    /// The tool as the plan (or the app report) gives it, with the schools its scope reaches and
    /// its utilization on each day counted: facts only, copied, never worded.
    init(_ tool: Tool, schools: [String]) {
        self.init(id: tool.id, name: tool.name, location: tool.inPlan ? tool.location : (tool.reported ?? tool.location))
        purpose = tool.purpose?.value
        scope = tool.scope
        self.schools = schools
        licences = tool.licences?.value
        let counts = tool.activeUsers.sorted { $0.date < $1.date }
        activeUsers = counts.map { MeasureProgress.Value(date: $0.date, value: $0.value) }
        if let licences, licences > 0 {
            utilization = counts.map { UtilizationPoint(date: $0.date, share: Self.share($0.value, of: licences)) }
        }
        sso = tool.integration.sso?.value ?? .no
        rostering = tool.integration.rostering?.value ?? .no
        lti = tool.integration.lti?.value ?? .no
        gradePassback = tool.integration.gradePassback?.value ?? .no
        privacy = tool.privacy?.status.value
        privacyExpires = tool.privacy?.expires?.value
        cost = tool.cost?.value
        funding = tool.funding?.parts.map { PlannedFundingShare(source: $0.source.id, share: $0.share) } ?? []
        renewal = tool.renewal?.value
        owner = tool.owner?.id
        decision = tool.decision?.action.value
        decisionBy = tool.decision?.by?.value
        replacement = tool.decision?.replacement?.id
        url = tool.url
        vetted = tool.inPlan
    }

    /// Active users over licences to a hundredth of a percent; more people than licences is
    /// kept as it is (over 100%), since that is a fact about the licences too.
    static func share(_ active: Double, of licences: Int) -> Share {
        let points = (active / Double(licences) * Double(Share.whole)).rounded()
        return Share(basisPoints: points.isFinite ? Int(max(0, min(points, 1e12))) : 0)
    }

    /// Single sign-on and rostering both in place: nobody keeps another password or types a class list.
    var isIntegrated: Bool { sso == .yes && rostering == .yes }
}
