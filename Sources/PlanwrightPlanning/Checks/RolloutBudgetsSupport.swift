import PlanwrightDocument
import PlanwrightModel

/// A rollout reaches people who need help as they start (pitfalls 1 and 6): once a plan has a
/// budget, a rollout whose schools get neither budgeted support nor any training cost is asking
/// them to manage on their own.
struct RolloutBudgetsSupport: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget, plan = context.plan
        guard !budget.sources.isEmpty || !budget.costs.isEmpty else { return [] }
        // Training paid for anywhere in the plan, or district-wide, reaches every rollout.
        let trainingEverywhere = plan.training.costs != nil
            || budget.lines.contains { $0.school == nil && Self.isTraining(budget.category(of: $0)) }
        guard !trainingEverywhere else { return [] }
        // Support for the district as a whole (no schools named) helps every school's rollout.
        guard !budget.support.contains(where: { $0.school == nil }) else { return [] }
        var helped = Set(budget.support.compactMap(\.school))
        for line in budget.lines {
            let category = budget.category(of: line)
            if let school = line.school, category == .supportStaff || Self.isTraining(category) { helped.insert(school) }
        }
        return context.milestones.filter { $0.kind == .rollout }.compactMap { rollout in
            let schools = context.scopeSchools.schools(in: rollout.scope)
            guard !schools.isEmpty, !schools.contains(where: { helped.contains($0.id) }) else { return nil }
            return .warning(Message("check_rollout_without_support", ["rollout": rollout.title.excerpt]),
                            at: context.location(ofMilestone: rollout.id))
        }
    }

    private static func isTraining(_ category: CostCategory) -> Bool { category == .training || category == .stipends }
}
