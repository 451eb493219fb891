import PlanwrightDocument

/// Differentiated training places people by comfort; staff without a rating start in the
/// lowest track, which may be the wrong one for them. Only staff some programme trains count:
/// someone no rollout reaches is in no track at all.
struct ComfortRated: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let training = context.plan.training
        guard !training.tracks.isEmpty else { return [] }
        var trained = Set<String>()
        for group in context.training.groups { trained.formUnion(group.members) }
        let unrated = context.plan.staff.filter { $0.comfort == nil && trained.contains($0.id) }
        guard let first = unrated.first else { return [] }
        guard let index = TrainingGroups.track(for: 1, in: training.tracks) else { return [] }  // TracksHoldEveryComfort says it
        let track = training.tracks[index]
        // At the first of them, where a 'comfort' goes, rather than at 'training:'.
        return [.note(Message("check_comfort_unrated", count: unrated.count, ["track": track.namePhrase]),
                      at: first.location)]
    }
}
