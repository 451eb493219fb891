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
        let partnerName = partner.flatMap { p in schools.first { $0.id == p.key }.map { "\($0.name), which has \(Plural.count(p.value, "spare place"))" } }
        let suggestion = partnerName.map { "recruit one there, or partner with \($0)" } ?? "recruit one there"
        let lead = school.isFlaggedForSupport
            ? "\(school.name), flagged as needing support, has no technology champion, and it is where local help matters most"
            : "\(school.name) has no technology champion"
        let alone = ": \(Plural.count(colleagues, "member", "members")) of staff \(Plural.verb(colleagues, "has", "have")) no colleague to turn to"
        return .warning(english: "\(lead)\(alone); \(suggestion)", at: school.location)
    }
}
