import PlanwrightDocument
import PlanwrightModel

/// Pitfall 1 of the evaluation brief: the schools that would struggle need infrastructure and
/// in-person support planned. Which work is that is the framework's to say: the indicators it
/// marks with `concerns`. A framework that marks none has no such work, so every flagged school
/// is reported, as it would be by a plan that never plans it. Support the budget plans at the
/// school (`support:`, or infrastructure, devices or support staff paid for there) counts too:
/// that is the capacity the milestone would have planned.
struct SupportAtFlaggedSchools: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let supportIndicators = Set(plan.framework.indicators.filter { !$0.concerns.isEmpty }.map(\.id))
        let goalIndicators = Dictionary(plan.goals.map { ($0.id, Set($0.indicators.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        let budget = context.budget
        let supportCategories: Set<CostCategory> = [.infrastructure, .devices, .supportStaff]
        let budgeted = Set(budget.support.map(\.school))
            .union(budget.lines.filter { $0.school != nil && supportCategories.contains(budget.category(of: $0)) }.compactMap(\.school))
        return plan.schools.filter(\.isFlaggedForSupport).compactMap { school in
            let covered = budgeted.contains(school.id) || context.milestones.contains { m in
                let serves = m.indicator.map(supportIndicators.contains) ?? false
                    || (m.goal.flatMap { goalIndicators[$0] }.map { !$0.isDisjoint(with: supportIndicators) } ?? false)
                return serves && m.scope.includes(school: school.id, grades: school.grades)
            }
            guard !covered else { return nil }
            let needs = school.needsSupport.filter { $0 != .general }.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
            let what = needs.isEmpty ? "infrastructure and support" : PriorityReason.list(needs)
            return .warning("\(school.name) is flagged as needing support (\(what)), but no milestone plans infrastructure or in-person support there; schools that would struggle need it planned and budgeted first",
                            at: school.location)
        }
    }
}
