import PlanwrightModel

/// Which training programmes a plan needs, whom each trains and when it may meet: one for each
/// rollout still to come, and one for each `training` milestone that prepares no rollout. A
/// programme trains the staff in its milestone's scope only, so nobody is trained for a tool
/// they will not be asked to use.
struct TrainingProgrammes {
    let plan: Plan
    let calendar: SchoolCalendar
    let milestones: [ScheduledMilestone]
    let cycles: [PlannedCycle]

    /// What a programme is for, before it has groups.
    struct Spec {
        var id: String
        var title: String
        var scope: Scope
        /// The goal whose priorities its sessions focus on.
        var goal: String?
        var window: TrainingWindow
        /// False when the window holds no school day at all.
        var hasSchoolDay: Bool
        /// Its milestone is done: only the sessions recorded as held are kept, nothing new is placed.
        var done = false
    }

    /// Id of the one programme a plan with no rollout and no training milestone gets.
    static let districtID = "district"

    /// In the order their sessions are placed: the earliest window's end first (its rollout
    /// comes first and has the least room), then by id. A rollout already done gets none: its
    /// people have been trained and are using the tool, so new sessions would come too late.
    /// Unless it recorded sessions held: then it keeps them (`done`), since marking work done
    /// must not erase who was trained, in which group, and what it cost.
    func specs() -> [Spec] {
        let rollouts = milestones.filter { $0.kind == .rollout }
        let trainings = milestones.filter { $0.kind == .training }
        guard !rollouts.isEmpty || !trainings.isEmpty else {
            let first = cycles.first
            return [spec(id: Self.districtID, title: "", scope: .everyone, goal: nil,
                         window: TrainingWindow(from: first?.start ?? plan.year.start, to: first?.end ?? plan.year.end,
                                                reason: .firstCycle))]
        }
        let byID = Dictionary(milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var specs: [(end: SchoolDate, spec: Spec)] = []
        var preparing = Set<String>()
        for rollout in rollouts {
            let before = DependencyWalk.ancestors(of: rollout.after, lookup: { byID[$0] }, after: \.after)
            let training = before.filter { $0.kind == .training }.max { ($0.end, $0.id) < ($1.end, $1.id) }
            if let training { preparing.insert(training.id) }
            let done = rollout.status == .done
            guard !done || hasHeld(rollout.id) else { continue }
            let window: TrainingWindow
            let day = rollout.start.adding(days: -1)
            if let training {
                window = TrainingWindow(from: training.start, to: training.end, reason: .duringTraining(training.id, beforeRollout: rollout.id))
            } else if let gate = before.filter({ $0.kind == .gate }).max(by: { ($0.end, $0.id) < ($1.end, $1.id) }) {
                window = TrainingWindow(from: gate.end.adding(days: 1), to: day, reason: .afterGate(gate.id, beforeRollout: rollout.id))
            } else {
                window = TrainingWindow(from: plan.year.start, to: day, reason: .beforeRollout(rollout.id))
            }
            specs.append((rollout.start, spec(id: rollout.id, title: rollout.title.written ?? rollout.id, scope: rollout.scope, goal: rollout.goal, window: window, done: done)))
        }
        for training in trainings where !preparing.contains(training.id) && (training.status != .done || hasHeld(training.id)) {
            let window = TrainingWindow(from: training.start, to: training.end, reason: .during(training.id))
            specs.append((training.end.adding(days: 1), spec(id: training.id, title: training.title.written ?? training.id, scope: training.scope, goal: training.goal, window: window,
                                                             done: training.status == .done)))
        }
        return specs.sorted { ($0.end, $0.spec.id) < ($1.end, $1.spec.id) }.map(\.spec)
    }

    /// Says the window in school days: its first and last, not a Sunday before a rollout. A
    /// window that would end before it starts (a go/no-go ending the day before its rollout)
    /// is empty, never a range read backwards.
    private func spec(id: String, title: String, scope: Scope, goal: String?, window: TrainingWindow, done: Bool = false) -> Spec {
        var window = window
        if window.to < window.from { (window.to, window.empty) = (window.from, true) }
        let first = calendar.index(onOrAfter: window.from), last = calendar.index(onOrAfter: window.to.adding(days: 1)) - 1
        var hasSchoolDay = !window.empty && first <= last
        if hasSchoolDay { (window.from, window.to) = (calendar.date(at: first), calendar.date(at: last)) }
        // A window open from the first day of school opens on the first pre-service day: staff
        // are back, and those days are made for training.
        if !window.empty, first == 0, let preService = calendar.preServiceDays.first, preService <= window.to {
            if !hasSchoolDay, let lastPreService = calendar.preServiceDays.last(where: { $0 <= window.to }) { window.to = lastPreService }
            (window.from, hasSchoolDay) = (preService, true)
        }
        return Spec(id: id, title: title, scope: scope, goal: goal, window: window, hasSchoolDay: hasSchoolDay, done: done)
    }

    /// Whether the plan records a session of programme `id` as held: its groups' ids start `<id>.`.
    private func hasHeld(_ id: String) -> Bool {
        plan.training.held.contains { $0.session.value.hasPrefix(id + ".") }
    }

    /// The names of the schools `scope` names, by id: what a programme's audience says.
    func schoolNames(in scope: Scope) -> [String: String] {
        let names = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return Dictionary(scope.schools.map { ($0, names[$0] ?? $0) }, uniquingKeysWith: { a, _ in a })
    }
}
