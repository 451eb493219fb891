import PlanwrightDocument
import PlanwrightModel

/// Dates each group's sessions on PD days (any length) and early-release days (short sessions),
/// "just in time": in the last slots after the go/no-go gate and before the rollout the training
/// prepares for, never on closed days or in a testing window. Sessions recorded as held keep
/// their day; one placed before the as-of date and not held is late and re-placed from it.
struct TrainingSessionPlacer {
    let plan: Plan
    let asOf: SchoolDate
    let calendar: SchoolCalendar
    /// Re-planned from the as-of date: where sessions go now.
    let milestones: [ScheduledMilestone]
    /// As the plan has them with nothing late: where sessions were due, which late is judged on.
    let plannedMilestones: [ScheduledMilestone]
    let priorities: [Priority]
    let cycles: [PlannedCycle]

    /// The longest session an early-release afternoon holds when the plan gives it no `time`.
    static let earlyReleaseMinutes = 90

    /// The longest session a slot holds: its `time` when the plan gives one; else 90 minutes
    /// after an early release, and a PD day's whole day.
    static func longestSession(_ slot: TrainingSlot, on date: SchoolDate, year: SchoolYear) -> Int {
        switch slot {
        case .earlyRelease: year.earlyReleaseTime?.minutes ?? earlyReleaseMinutes
        case .pdDays: year.pdDayDetails[date]?.time?.minutes ?? .max
        }
    }

    /// The hours a slot gives, if the plan writes them, and its place.
    static func details(_ slot: TrainingSlot, on date: SchoolDate, year: SchoolYear) -> SlotDetails {
        switch slot {
        case .earlyRelease: SlotDetails(time: year.earlyReleaseTime, place: nil)
        case .pdDays: year.pdDayDetails[date] ?? SlotDetails(time: nil, place: nil)
        }
    }

    struct Result {
        var sessions: [TrainingSession]
        var unplaced: [UnplacedSession]
        var window: TrainingWindow
        /// Held and late sessions, in group order.
        var progress: [SessionProgress]
        /// `held:` entries naming no session.
        var diagnostics: [Diagnostic]
    }

    func place(_ groups: [TrainingGroup], tracks: [PlannedTrack]) -> Result {
        var (window, rolloutGoal) = trainingWindow(milestones)
        // Say the window in school days: its first and last, not a Sunday before a rollout.
        let first = calendar.index(onOrAfter: window.from), last = calendar.index(onOrAfter: window.to.adding(days: 1)) - 1
        if first <= last { (window.from, window.to) = (calendar.date(at: first), calendar.date(at: last)) }
        let slots = availableSlots(in: window)
        let plannedSlots = availableSlots(in: trainingWindow(plannedMilestones).0)
        var sessions: [TrainingSession] = []
        var unplaced: [UnplacedSession] = []
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var progress: [SessionProgress] = []
        // Held as of the date: a session recorded held after it had not yet taken place then.
        let held = Dictionary(plan.training.held.filter { $0.on.value <= asOf }.map { ($0.session.value, $0.on.value) }, uniquingKeysWith: { a, _ in a })
        var known = Set<String>()
        let pdDays = Set(calendar.pdDays)
        for group in groups {
            guard let track = trackByID[group.track] else { continue }
            let fits = { (slot: (date: SchoolDate, slot: TrainingSlot)) in track.minutes <= Self.longestSession(slot.slot, on: slot.date, year: self.plan.year) }
            let fitting = slots.filter(fits)
            let slotByDate = Dictionary(fitting.map { ($0.date, $0.slot) }, uniquingKeysWith: { a, _ in a })
            let plannedFitting = plannedSlots.filter(fits)
            guard track.sessions > 0 else { continue }
            var heldHere: [Int: SchoolDate] = [:]
            for n in 1...track.sessions {
                let id = TrainingSession.id(group: group.id, number: n)
                known.insert(id)
                if let day = held[id] { heldHere[n] = day }
            }
            // As planned with nothing late, then from the as-of date: late is judged on the first.
            let planned = SessionDates.place(count: track.sessions, held: heldHere, slots: plannedFitting.map(\.date))
            let dates = SessionDates.place(count: track.sessions, held: heldHere, slots: fitting.map(\.date), from: asOf)
            for n in 1...track.sessions {
                let session = TrainingSession.id(group: group.id, number: n)
                if let day = heldHere[n] {
                    progress.append(SessionProgress(session: session, group: group.id, number: n, state: .held, planned: day, date: day,
                                                    reason: "session \(n) of group \(group.id) was held on \(day)"))
                } else if let due = planned[n], due < asOf {
                    let now = dates[n].map { "re-placed on \($0)" }
                        ?? (asOf > window.to ? "the training window ended on \(window.to)" : "no fitting day is left for it before \(window.to)")
                    progress.append(SessionProgress(session: session, group: group.id, number: n, state: .late, planned: due, date: dates[n],
                                                    reason: "session \(n) of group \(group.id) was due on \(due) and is not recorded as held; \(now)"))
                }
                if let day = dates[n] {
                    let slot = slotByDate[day] ?? (pdDays.contains(day) ? .pdDays : .earlyRelease)
                    let details = Self.details(slot, on: day, year: plan.year)
                    sessions.append(TrainingSession(group: group.id, number: n, date: day, minutes: track.minutes,
                                                    slot: slot, focus: focus(on: day, goal: rolloutGoal),
                                                    time: details.time?.first(track.minutes), place: details.place))
                } else {
                    unplaced.append(UnplacedSession(group: group.id, number: n, reason: unplacedReason(
                        window: window, holdsSchoolDay: first <= last, fitting: fitting.map(\.date), minutes: track.minutes, heldUntil: heldHere.values.max())))
                }
            }
        }
        let diagnostics = plan.training.held.compactMap { entry -> Diagnostic? in
            guard !known.contains(entry.session.value) else { return nil }
            return .error("'held' records training session '\(Excerpt.of(entry.session.value))', but the plan has no session with that id"
                          + "\(Suggestion.didYouMean(entry.session.value, in: known)); 'planwright plan' and the handouts list the session ids",
                          at: entry.session.location)
        }
        return Result(sessions: sessions, unplaced: unplaced, window: window, progress: progress, diagnostics: diagnostics)
    }

    /// Why a session found no day: the window, or how few days it holds. Once the as-of date
    /// or a held session has passed some of them, the count is of the days still open.
    private func unplacedReason(window: TrainingWindow, holdsSchoolDay: Bool, fitting: [SchoolDate], minutes: Int, heldUntil: SchoolDate?) -> String {
        guard holdsSchoolDay else { return "the training window \(window.from) to \(window.to) holds no school day" }
        let from = [asOf, heldUntil?.adding(days: 1)].compactMap { $0 }.max()!
        guard from > window.from else {
            return "only \(fitting.count) training days fit a \(minutes)-minute session between \(window.from) and \(window.to)"
        }
        guard from <= window.to else { return "the training window ended on \(window.to), before \(from)" }
        let open = fitting.filter { $0 >= from }.count
        return "only \(open) training days fit a \(minutes)-minute session between \(from) and \(window.to), after the as-of date and the sessions held"
    }

    /// After the gate and before the rollout the training prepares for; a training milestone
    /// the plan places before that rollout sets the window itself. Also returns the rollout's goal.
    private func trainingWindow(_ milestones: [ScheduledMilestone]) -> (TrainingWindow, String?) {
        let byID = Dictionary(milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let rollout = milestones.filter({ $0.kind == .rollout && $0.status != .done }).min(by: { ($0.start, $0.id) < ($1.start, $1.id) }) else {
            let first = cycles.first
            return (TrainingWindow(from: first?.start ?? plan.year.start, to: first?.end ?? plan.year.end,
                                   reason: "no rollout is planned, so training goes in the first cycle"), nil)
        }
        let before = DependencyWalk.ancestors(of: rollout.after, lookup: { byID[$0] }, after: \.after)
        if let training = before.filter({ $0.kind == .training }).max(by: { ($0.end, $0.id) < ($1.end, $1.id) }) {
            return (TrainingWindow(from: training.start, to: training.end, reason: "during '\(training.id)', before rollout '\(rollout.id)'"), rollout.goal)
        }
        let day = rollout.start.adding(days: -1)
        if let gate = before.filter({ $0.kind == .gate }).max(by: { ($0.end, $0.id) < ($1.end, $1.id) }) {
            return (TrainingWindow(from: gate.end.adding(days: 1), to: day, reason: "after go/no-go '\(gate.id)', before rollout '\(rollout.id)'"), rollout.goal)
        }
        return (TrainingWindow(from: plan.year.start, to: day, reason: "before rollout '\(rollout.id)'"), rollout.goal)
    }

    private func availableSlots(in window: TrainingWindow) -> [(date: SchoolDate, slot: TrainingSlot)] {
        var slots: [(date: SchoolDate, slot: TrainingSlot)] = []
        if plan.training.slots.contains(.pdDays) { slots += calendar.pdDays.map { ($0, .pdDays) } }
        if plan.training.slots.contains(.earlyRelease) {
            let pd = Set(calendar.pdDays)
            slots += calendar.earlyReleaseDays.filter { !pd.contains($0) }.map { ($0, .earlyRelease) }
        }
        return slots.filter { window.from <= $0.date && $0.date <= window.to && calendar.isSchoolDay($0.date) && !calendar.isTesting($0.date) }
            .sorted { $0.date < $1.date }
    }

    /// What the session works on: the priorities of the goal whose rollout it prepares for,
    /// and the priorities placed in the cycle it falls in. Training stays aligned with the plan.
    private func focus(on date: SchoolDate, goal: String?) -> [String] {
        let cycle = cycles.last(where: { $0.start <= date })?.number
        return priorities.filter { ($0.goal != nil && $0.goal == goal) || ($0.goal == nil && $0.cycle == cycle) }.map(\.name)
    }
}
