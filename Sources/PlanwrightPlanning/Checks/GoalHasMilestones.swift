import PlanwrightDocument

/// Pitfall 5 of the evaluation brief: a vision with no concrete, dated plan. A goal without
/// milestones has nothing scheduled, is on no school's handout, and rendered as a heading with
/// nothing under it in the district plan.
struct GoalHasMilestones: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        context.plan.goals.filter(\.milestones.isEmpty).map {
            .warning(Message("check_goal_has_no_milestones", ["goal": .text($0.id)]),
                     at: $0.location)
        }
    }
}
