import PlanwrightDocument
import PlanwrightModel

/// Pitfall 6 of the evaluation brief, local champions: `max_per_school` keeps stipends in check,
/// but a cap below what a school's colleagues need leaves some of them with no one to turn to
/// while willing, comfortable colleagues wait as reserves. Without the cap a school always gets
/// the champions its colleagues need, so this speaks only when the plan sets one.
struct ChampionCapLeavesNoOneOut: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let settings = context.plan.champions, champions = context.champions
        guard let cap = settings.maxPerSchool else { return [] }
        let reserves = Dictionary(grouping: champions.reserves.filter { $0.reason == .schoolCap }, by: \.school).mapValues(\.count)
        let left = Dictionary(grouping: champions.unassigned.filter { $0.reason == .championsFull }, by: \.school).mapValues(\.count)
        var supported: [String: Int] = [:]
        for assignment in champions.assignments { supported[assignment.school, default: 0] += assignment.colleagues.count }
        return context.plan.schools.compactMap { school in
            guard let waiting = reserves[school.id], let without = left[school.id] else { return nil }
            let colleagues = (supported[school.id] ?? 0) + without
            let need = (colleagues + settings.maxColleagues - 1) / settings.maxColleagues
            let people = without == 1 ? "1 colleague" : "\(without) colleagues"
            let wait = waiting == 1 ? "1 reserve champion waits" : "\(waiting) reserve champions wait"
            return .warning(english: "\(school.name) has \(people) without a champion while \(wait): max_per_school (\(cap)) leaves them out; raise it to \(need) so everyone has one",
                            at: school.location)
        }
    }
}
