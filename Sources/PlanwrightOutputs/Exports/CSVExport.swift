import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The plan as CSV files (RFC 4180) for spreadsheets: milestones, training groups, training
/// sessions, champion assignments, the budget's lines and the district's tools. Pure functions of the plan: the same bytes every run.
///
/// Lists inside one field are joined with a space where they hold ids and with "; " where
/// they hold names or phrases, which may themselves contain spaces or commas.
///
/// Each table is an output of its own, named in `Documents/` (`milestones.csv`…).
public enum CSVExport {
    static func milestones(_ plan: ImprovementPlan) -> String {
        CSVText.table(
            header: ["id", "title", "kind", "goal", "indicator", "owner", "start", "end", "school_days",
                     "after", "schools", "cycle", "status", "origin"],
            rows: plan.milestones.map { milestone in
                [milestone.id, Wording.english.title(milestone.title), milestone.kind.rawValue, milestone.goal ?? "", milestone.indicator ?? "",
                 milestone.owner ?? "", milestone.start.description, milestone.end.description, String(milestone.days),
                 milestone.after.joined(separator: " "), milestone.schools.joined(separator: " "), String(milestone.cycle),
                 milestone.status.rawValue, milestone.origin.rawValue]
            })
    }

    /// What each programme prepares for, by its id: "Canvas goes live, grades 6–12".
    private static func programmeNames(_ plan: ImprovementPlan) -> [String: String] {
        Dictionary(plan.training.programmes.map { ($0.id, ProgrammeWords.name($0, .english)) }, uniquingKeysWith: { first, _ in first })
    }

    static func trainingGroups(_ plan: ImprovementPlan, people: PlannedPeople) -> String {
        let prepares = programmeNames(plan)
        return CSVText.table(
            header: ["group", "programme", "prepares_for", "track", "school", "facilitator", "members", "member_count"],
            rows: plan.training.groups.map { group in
                [group.id, group.programme, prepares[group.programme] ?? "", group.track, group.school ?? (group.districtWide == true ? "district-wide" : "pooled"), group.facilitator.map { people.name($0) } ?? "",
                 group.members.map { people.name($0) }.joined(separator: "; "), String(group.members.count)]
            })
    }

    static func trainingSessions(_ plan: ImprovementPlan) -> String {
        let prepares = programmeNames(plan)
        return CSVText.table(
            header: ["id", "group", "session", "programme", "prepares_for", "date", "minutes", "slot", "focus", "start_time", "end_time", "place"],
            rows: plan.training.sessions.map { session in
                [session.id, session.group, String(session.number), session.programme, prepares[session.programme] ?? "",
                 session.date.description, String(session.minutes), session.slot.rawValue, session.focus.joined(separator: "; "),
                 session.time.map { SlotTime.clock($0.start) } ?? "", session.time.map { SlotTime.clock($0.end) } ?? "", session.place ?? ""]
            })
    }

    /// One row per champion and colleague; a champion with no colleagues still gets a row, so
    /// every champion is listed. Colleagues left without a champion follow, with the reason; then
    /// reserves, in the champion columns with no colleague and a reason starting `reserve_`.
    static func champions(_ plan: ImprovementPlan, people: PlannedPeople) -> String {
        var rows: [[String]] = []
        for assignment in plan.champions.assignments {
            let champion = [assignment.champion, people.name(assignment.champion), assignment.school]
            if assignment.colleagues.isEmpty { rows.append(champion + ["", "", ""]) }
            for colleague in assignment.colleagues {
                rows.append(champion + [colleague, people.name(colleague), ""])
            }
        }
        for colleague in plan.champions.unassigned {
            rows.append(["", "", colleague.school, colleague.staff, people.name(colleague.staff), colleague.reason.rawValue])
        }
        for reserve in plan.champions.reserves {
            rows.append([reserve.staff, people.name(reserve.staff), reserve.school, "", "", "reserve_" + reserve.reason.rawValue])
        }
        return CSVText.table(header: ["champion_id", "champion", "school", "colleague_id", "colleague", "reason"], rows: rows)
    }
}
