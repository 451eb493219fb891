import PlanwrightDocument
import PlanwrightPlanning

/// Pilot groups on the handouts: every group with each member's school, role, comfort and why
/// they are in it on the district plan; a school's own staff in each pilot on its handout.
/// English until views are given the page's language.
extension HandoutViews {
    static func pilots(_ p: ImprovementPlan, people: PlannedPeople, wording w: Wording = .english) -> [Fields] {
        let titles = pilotTitles(p, w)
        return (p.pilots ?? []).map { group in
            [.id: group.pilot, .title: titles[group.pilot] ?? group.pilot, .summary: PilotWords.summary(group, w),
             .members: group.members.map { member -> Fields in
                 let person = people.person(member.staff)
                 return [.name: people.name(member.staff), .school: person.map { people.schoolName($0.school) } ?? "",
                         .role: person?.role.rawValue ?? "", .comfort: PilotWords.comfort(person?.comfort, w),
                         .why: PilotWords.why(member, source: group.source, w)]
             }]
        }
    }

    /// Each pilot with staff of `school`, and their names: a handout is one page.
    static func schoolPilots(_ school: String, in p: ImprovementPlan, people: PlannedPeople, _ w: Wording) -> [Fields] {
        let titles = pilotTitles(p, w)
        return (p.pilots ?? []).compactMap { group in
            let ours = group.members.filter { people.person($0.staff)?.school == school }
            guard !ours.isEmpty else { return nil }
            return [.title: titles[group.pilot] ?? group.pilot, .members: people.list(ours.map(\.staff))]
        }
    }

    private static func pilotTitles(_ p: ImprovementPlan, _ w: Wording) -> [String: String] {
        guard let pilots = p.pilots, !pilots.isEmpty else { return [:] }
        let ids = Set(pilots.map(\.pilot))
        return Dictionary(p.milestones.filter { ids.contains($0.id) }.map { ($0.id, w.title($0.title)) }, uniquingKeysWith: { a, _ in a })
    }
}
