import PlanwrightDocument
import PlanwrightModel

extension ProgrammePlanner {
    /// A `groups:` entry must name a group of the plan: one that does not is most often a typo
    /// in the programme or track part of its id, and its members would silently be regrouped.
    func unknownMetGroups(_ training: TrainingPlan) -> [Diagnostic] {
        guard !plan.training.groups.isEmpty else { return [] }
        let known = Set(training.groups.map(\.id))
        return plan.training.groups.filter { !known.contains($0.group.value) }.map { entry in
            let group = Message.Value.text(Excerpt.of(entry.group.value))
            guard let meant = Suggestion.closest(to: entry.group.value, in: known) else {
                return .error(Message("people_unknown_met_group", ["group": group]), at: entry.group.location)
            }
            return .error(Message("people_unknown_met_group_did_you_mean", ["group": group, "meant": .text(meant)]), at: entry.group.location)
        }
    }
}
