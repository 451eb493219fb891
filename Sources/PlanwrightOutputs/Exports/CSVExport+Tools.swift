import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

extension CSVExport {
    /// The district's tools, one row each, for whoever keeps the inventory: where each is used,
    /// how much, how it connects, its privacy agreement, what it costs and what is decided about
    /// it. Dates ISO, numbers plain (`48.25` percent, `4800.00` dollars); a tool the plan does not
    /// list, only the app report, has `vetted` "no". `schools` is empty for every school, as in
    /// milestones.csv; `funding` is a source's id, or each source with its share where several pay.
    static func tools(_ plan: ImprovementPlan) -> String {
        CSVText.table(
            header: ["id", "name", "purpose", "schools", "grades", "licences", "active_users", "utilization_percent", "as_of",
                     "sso", "rostering", "lti", "grade_passback", "privacy", "privacy_expires", "cost", "funding", "renewal",
                     "owner", "decision", "decide_by", "vetted", "url"],
            rows: (plan.ecosystem?.tools ?? []).map { tool in
                let latest = tool.activeUsers.last
                // The share of the latest count, when licences are known for that day.
                let share = tool.latestUtilization.flatMap { $0.date == latest?.date ? $0.share : nil }
                return [tool.id, tool.name, tool.purpose?.rawValue ?? "", tool.scope.schools.joined(separator: " "),
                        tool.scope.grades?.description ?? "", tool.licences.map(String.init) ?? "",
                        latest.map { MeasureSummaryWords.number($0.value) } ?? "", share.map(percent) ?? "", latest?.date.description ?? "",
                        tool.sso.rawValue, tool.rostering.rawValue, tool.lti.rawValue, tool.gradePassback.rawValue,
                        tool.privacy?.rawValue ?? "", tool.privacyExpires?.description ?? "", tool.cost?.plain ?? "", funding(tool.funding),
                        tool.renewal?.description ?? "", tool.owner ?? "", tool.decision?.rawValue ?? "", tool.decisionBy?.description ?? "",
                        tool.vetted ? "yes" : "no", tool.url ?? ""]
            })
    }

    /// A share as a plain percentage with its hundredths: `48.25`, `50.00`.
    private static func percent(_ share: Share) -> String {
        let hundredths = share.basisPoints % 100
        return "\(share.basisPoints / 100)." + (hundredths < 10 ? "0" : "") + "\(hundredths)"
    }

    /// `general-fund`, or `general-fund 60%; title-iv 40%` where several sources share the cost.
    private static func funding(_ shares: [PlannedFundingShare]) -> String {
        if shares.count == 1, let only = shares.first, only.share == .all { return only.source }
        return shares.map { "\($0.source) \($0.share)" }.joined(separator: "; ")
    }
}
