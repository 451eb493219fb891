import PlanwrightModel

/// Training milestones that have started because the plan records sessions of their training
/// held: four groups meeting on Oct 2 mean the training began on Oct 2, so it is in progress,
/// not "not started" and late to start, whatever its `status` still says.
struct HeldTrainingStart {
    /// Every id a held session's group id could name as its programme (the parts of
    /// `dev-rollout.starting-cbe-1` before each '.', as milestone ids may hold dots themselves),
    /// with the first day a session of it was held.
    private let programmes: [String: SchoolDate]

    init(plan: Plan, asOf: SchoolDate) {
        var programmes: [String: SchoolDate] = [:]
        for entry in plan.training.held where entry.on.value <= asOf {
            let id = entry.session.value
            for dot in id.indices where id[dot] == "." {
                let programme = String(id[..<dot])
                programmes[programme] = min(programmes[programme] ?? entry.on.value, entry.on.value)
            }
        }
        self.programmes = programmes
    }

    /// The ids of the training milestones among `items` whose programme held a session by the
    /// date: a training milestone's own, or the one a held rollout's training happens during
    /// (the training milestone nearest before the rollout, as its programme's window is).
    /// Each with the first day its training held a session: the day it started.
    func started(in items: [WorkItem]) -> [String: SchoolDate] {
        guard !programmes.isEmpty else { return [:] }
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var started: [String: SchoolDate] = [:]
        for item in items {
            guard let first = programmes[item.id] else { continue }
            if item.kind == .training { started[item.id] = min(started[item.id] ?? first, first) }
            guard item.kind == .rollout else { continue }
            let trainings = DependencyWalk.ancestors(of: item.after, lookup: { byID[$0] }, after: \.after).filter { $0.kind == .training }
            // The nearest: a training milestone no other one before the rollout waits for.
            let earlier = Set(trainings.flatMap { training in
                DependencyWalk.ancestors(of: training.after, lookup: { byID[$0] }, after: \.after).map(\.id)
            })
            for training in trainings where !earlier.contains(training.id) { started[training.id] = min(started[training.id] ?? first, first) }
        }
        return started
    }
}
