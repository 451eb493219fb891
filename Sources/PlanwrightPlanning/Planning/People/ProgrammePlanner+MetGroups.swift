import PlanwrightDocument
import PlanwrightModel

extension ProgrammePlanner {
    /// A `groups:` entry must name a group of the plan: one that does not is most often a typo
    /// in the programme or track part of its id, and its members would silently be regrouped.
    func unknownMetGroups(_ training: TrainingPlan) -> [Diagnostic] {
        guard !plan.training.groups.isEmpty else { return [] }
        let known = Set(training.groups.map(\.id))
        return plan.training.groups.filter { !known.contains($0.group.value) }.map { entry in
            .error(english: "'groups' records the members of training group '\(Excerpt.of(entry.group.value))', but the plan has no group with that id"
                   + "\(Suggestion.didYouMean(entry.group.value, in: known)); 'planwright plan' and the handouts list the group ids",
                   at: entry.group.location)
        }
    }
}
