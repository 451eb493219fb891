import PlanwrightDocument
import PlanwrightModel

/// Each milestone's status as it stood on the as-of date: what was known then. Generated
/// milestones take theirs from the plan's `progress:` entries; work finished after the date was
/// still open on it, and a status recorded `since` a later day was not known yet, so asking about
/// an earlier date gives the answer that date would have given.
struct StatusAsOf {
    let asOf: SchoolDate
    private let recorded: [String: RecordedProgress]
    private let heldTraining: HeldTrainingStart

    init(plan: Plan, asOf: SchoolDate) {
        self.asOf = asOf
        recorded = Dictionary(plan.progress.map { ($0.milestone.id, $0) }, uniquingKeysWith: { a, _ in a })
        heldTraining = HeldTrainingStart(plan: plan, asOf: asOf)
    }

    /// Changes only the items whose status differs on the date, in place: copying every item
    /// would retain every string it holds, which at 10,000 milestones is most of the cost.
    func apply(_ items: [WorkItem]) -> [WorkItem] {
        var items = items
        let trainingStarted = heldTraining.started(in: items)
        for index in items.indices {
            if items[index].origin != .plan, let entry = recorded[items[index].id] {
                (items[index].status, items[index].doneOn, items[index].blockedBecause, items[index].since)
                    = (entry.status, entry.doneOn, entry.blockedBecause, entry.since)
            }
            if items[index].status == .done, let doneOn = items[index].doneOn, doneOn > asOf {
                (items[index].status, items[index].doneOn) = (.inProgress, nil)
            }
            if let since = items[index].since, since > asOf {
                (items[index].status, items[index].blockedBecause, items[index].since) = (.planned, nil, nil)
            }
            // Sessions held mean the training has begun, since its first held day; only `blocked` or `done` says more.
            if items[index].status == .planned, let first = trainingStarted[items[index].id] {
                (items[index].status, items[index].since) = (.inProgress, first)
            }
        }
        return items
    }

    /// Work the plan's own schedule (`baseline`) starts after the date was not under way on it,
    /// whatever its status says now, unless a `since` on or before the date records that it began
    /// early: `in_progress` written in January does not make December's report say "in progress".
    /// A blocked status without `since` keeps its meaning: a hold-up known ahead is worth knowing.
    func notStartedBeforeItsStart(_ items: [WorkItem], baseline: MilestoneScheduler.Result, calendar: SchoolCalendar) -> [WorkItem] {
        var items = items
        for index in items.indices where items[index].status == .inProgress && items[index].since == nil {
            guard let slot = baseline.slots[items[index].id], calendar.date(at: slot.start) > asOf else { continue }
            items[index].status = .planned
        }
        return items
    }

    /// `progress:` entries naming no milestone the planner made: a typo, or a framework step
    /// that is no longer planned because its priority moved.
    func unmatched(_ items: [WorkItem]) -> [Diagnostic] {
        let generated = Set(items.lazy.filter { $0.origin != .plan }.map(\.id))
        let plan = Set(items.lazy.filter { $0.origin == .plan }.map(\.id))
        return recorded.values.sorted { $0.location < $1.location }.compactMap { entry in
            let id = entry.milestone.id
            guard !generated.contains(id), !plan.contains(id) else { return nil }
            guard let meant = Suggestion.closest(to: id, in: generated) else {
                return .error(Message("progress_unknown_milestone", ["id": .text(id)]), at: entry.milestone.location)
            }
            return .error(Message("progress_unknown_milestone_did_you_mean", ["id": .text(id), "meant": .text(meant)]), at: entry.milestone.location)
        }
    }
}
