import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

extension ProgressTextReport {
    /// The groups that have held sessions but whose members the plan does not record, written
    /// as the lines to paste under `training: groups:`: until then a hire or a leaver may
    /// regroup the track, and the people who attended would be listed in another group.
    static func groupsToRecord(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let met = Set(plan.progress.sessions.lazy.filter { $0.state == .held }.map(\.group))
        let unrecorded = plan.training.groups.filter { met.contains($0.id) && $0.membersRecorded != true }
        guard !unrecorded.isEmpty else { return "" }
        let clean = PlanTextReport.clean
        var out = PlanTextReport.wrap(w(.statusGroupsToRecord),
                                      indent: "  ", width: 100)
        out += "  groups:\n"
        for group in unrecorded {
            out += "    - { group: \(clean(group.id)), members: [\(group.members.map(clean).joined(separator: ", "))] }\n"
        }
        return out
    }
}
