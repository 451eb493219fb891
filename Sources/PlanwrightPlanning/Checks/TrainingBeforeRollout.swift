import PlanwrightDocument

/// Pitfall 6 of the evaluation brief: training is useful when the tool works and is about to be
/// used: after the go/no-go gate, before the rollout.
struct TrainingBeforeRollout: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan, milestones = context.milestones
        guard milestones.contains(where: { $0.kind == .training && $0.origin == .plan }) else { return [] }
        let byID = Dictionary(milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let locations = Dictionary(plan.milestones.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        func before(_ m: ScheduledMilestone) -> [ScheduledMilestone] {
            DependencyWalk.ancestors(of: m.after, lookup: { byID[$0] }, after: \.after)
        }
        // What each rollout waits for, walked once rather than once per training.
        let beforeRollouts = milestones.filter { $0.kind == .rollout }.map { Set(before($0).map(\.id)) }
        var diagnostics: [Diagnostic] = []
        for training in milestones where training.kind == .training && training.origin == .plan {
            let location = locations[training.id] ?? plan.year.location
            let rolloutAfter = beforeRollouts.contains { $0.contains(training.id) }
            let gateBefore = before(training).contains { $0.kind == .gate }
            if !rolloutAfter {
                diagnostics.append(.warning(Message("check_training_without_rollout", ["training": .text(training.id)]), at: location))
            } else if !gateBefore {
                diagnostics.append(.warning(Message("check_training_before_gate", ["training": .text(training.id)]), at: location))
            }
        }
        return diagnostics
    }
}
