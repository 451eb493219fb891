import PlanwrightPlanning

/// `status --format json`: the progress report's keys as before, and `spentVsPlanned` beside
/// them when a cost records what was spent, and `sessionsWithNoDay` when training sessions that
/// are not late found no day (with why, as `cause`), and `surveyResponses` (each group's, suppressed) when the plan has surveys, so existing readers of the report are not broken.
public struct StatusJSON: Encodable {
    public let plan: ImprovementPlan

    public init(_ plan: ImprovementPlan) { self.plan = plan }

    enum CodingKeys: String, CodingKey { case spentVsPlanned, sessionsWithNoDay, surveyResponses }

    public func encode(to encoder: any Encoder) throws {
        try plan.progress.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(plan.budget.spentVsPlanned(asOf: plan.progress.asOf), forKey: .spentVsPlanned)
        let waiting = ProgressTextReport.sessionsWithNoDay(plan)
        if !waiting.isEmpty { try c.encode(waiting, forKey: .sessionsWithNoDay) }
        try c.encodeIfPresent(plan.voices?.groups, forKey: .surveyResponses)
    }
}
