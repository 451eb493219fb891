import PlanwrightDocument
import PlanwrightModel

/// The adoption-versus-utilization gap: a goal that rolls a tool out and counts only accounts
/// created, licences bought or sessions attended will report success while nobody uses it.
/// Warned at its first measure, where a measure of use would go.
struct MeasuresOfUse: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.plan.goals.compactMap { goal in
            guard let first = goal.measures.first, goal.milestones.contains(where: { $0.kind == .rollout }),
                  goal.measures.allSatisfy({ $0.kind?.value == .adoption }) else { return nil }
            return .warning(Message("check_measures_adoption_only", count: goal.measures.count,
                                    ["goal": .text(goal.id), "measures": .list(goal.measures.map { .text("'\(Excerpt.of($0.name))'") })]),
                            at: first.location)
        }
    }
}
