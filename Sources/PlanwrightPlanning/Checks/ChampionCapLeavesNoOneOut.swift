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
            return .warning(Message("check_champion_cap_leaves_out", count: without, [
                                "school": .text(school.name), "waiting": .message(Message("check_reserve_champions_wait", count: waiting)),
                                "cap": .text(String(cap)), "need": .text(String(need)),
                            ]),
                            at: school.location)
        }
    }
}
