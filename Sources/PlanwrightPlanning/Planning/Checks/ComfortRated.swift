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
        let unrated = context.plan.staff.filter { $0.comfort == nil && trained.contains($0.id) }.count
        guard unrated > 0 else { return [] }
        let track = training.tracks[TrainingGroups.track(for: 1, in: training.tracks)]
        return [.note("\(Plural.staff(unrated)) \(Plural.verb(unrated, "has", "have")) no comfort rating and \(Plural.verb(unrated, "starts", "start")) in \(track.name); a quick survey would place them better",
                      at: training.location ?? context.plan.year.location)]
    }
}
