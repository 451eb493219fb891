import PlanwrightModel
import PlanwrightPlanning

extension ProgressTextReport {
    /// The groups that have held sessions but whose members the plan does not record, written
    /// as the lines to paste under `training: groups:`: until then a hire or a leaver may
    /// regroup the track, and the people who attended would be listed in another group.
    static func groupsToRecord(_ plan: ImprovementPlan) -> String {
        let met = Set(plan.progress.sessions.lazy.filter { $0.state == .held }.map(\.group))
        let unrecorded = plan.training.groups.filter { met.contains($0.id) && $0.membersRecorded != true }
        guard !unrecorded.isEmpty else { return "" }
        let clean = PlanTextReport.clean
        var out = PlanTextReport.wrap("To do: write down who was in each group that met, under training: groups, so that hires and people who leave do not regroup them:",
                                      indent: "  ", width: 100)
        out += "  groups:\n"
        for group in unrecorded {
            out += "    - { group: \(clean(group.id)), members: [\(group.members.map(clean).joined(separator: ", "))] }\n"
        }
        return out
    }
}
