import PlanwrightDocument
import PlanwrightModel

/// Pitfall 6 of the evaluation brief, local champions, and equity: a school without a champion
/// is where help is hardest to get, most of all a school flagged as needing support.
struct ChampionAtEverySchool: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan, champions = context.champions
        guard !champions.schoolsWithoutChampion.isEmpty else { return [] }
        let without = Set(champions.schoolsWithoutChampion)
        var spare: [String: Int] = [:]
        for assignment in champions.assignments {
            spare[assignment.school, default: 0] += plan.champions.maxColleagues - assignment.colleagues.count
        }
        // Those left without a colleague to turn to are the school's own, counted where they are
        // paired (someone at several schools, where they spend the most time); district-wide
        // staff are paired with a champion chosen for the district, so they are not among them.
        let staffCount = Dictionary(grouping: plan.staff.filter { !$0.districtWide }, by: \.school.id).mapValues(\.count)
        // A school with no staff listed is told so once, by `SchoolHasStaff`: a champion there
        // would have nobody to support.
        return plan.schools.filter { without.contains($0.id) && staffCount[$0.id] != nil }.map { school in
            warning(school, colleagues: staffCount[school.id] ?? 0, spare: spare, schools: plan.schools)
        }
    }

    /// Names the school with most spare places elsewhere (then first by id) as a partner.
    private func warning(_ school: School, colleagues: Int, spare: [String: Int], schools: [School]) -> Diagnostic {
        let partner = spare.filter { $0.value > 0 && $0.key != school.id }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        let partnerName = partner.flatMap { p in
            schools.first { $0.id == p.key }.map { Message("check_champion_partner", count: p.value, ["school": .text($0.name)]) }
        }
        let suggestion = partnerName.map { Message("check_champion_recruit_or_partner", ["partner": .message($0)]) } ?? Message("check_champion_recruit")
        let values: [String: Message.Value] = ["school": .text(school.name), "suggestion": .message(suggestion)]
        return .warning(school.isFlaggedForSupport ? Message("check_flagged_school_without_champion", count: colleagues, values)
                            : Message("check_school_without_champion", count: colleagues, values), at: school.location)
    }
}
