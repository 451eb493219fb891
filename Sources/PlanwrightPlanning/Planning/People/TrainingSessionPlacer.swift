import PlanwrightDocument
import PlanwrightModel

/// Dates each group's sessions on PD days (any length) and early-release days (short sessions),
/// "just in time": in the last slots after the go/no-go gate and before the rollout the training
/// prepares for, never on closed days or in a testing window.
struct TrainingSessionPlacer {
    let plan: Plan
    let calendar: SchoolCalendar
    let milestones: [ScheduledMilestone]
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
    }

    func place(_ groups: [TrainingGroup], tracks: [PlannedTrack]) -> Result {
        var (window, rolloutGoal) = trainingWindow()
        // Say the window in school days: its first and last, not a Sunday before a rollout.
        let first = calendar.index(onOrAfter: window.from), last = calendar.index(onOrAfter: window.to.adding(days: 1)) - 1
        if first <= last { (window.from, window.to) = (calendar.date(at: first), calendar.date(at: last)) }
        let slots = availableSlots(in: window)
        var sessions: [TrainingSession] = []
        var unplaced: [UnplacedSession] = []
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for group in groups {
            guard let track = trackByID[group.track] else { continue }
            let fitting = slots.filter { track.minutes <= Self.longestSession($0.slot, on: $0.date, year: plan.year) }
            let chosen = fitting.suffix(track.sessions)
            for (n, slot) in chosen.enumerated() {
                let details = Self.details(slot.slot, on: slot.date, year: plan.year)
                sessions.append(TrainingSession(group: group.id, number: n + 1, date: slot.date, minutes: track.minutes,
                                                slot: slot.slot, focus: focus(on: slot.date, goal: rolloutGoal),
                                                time: details.time?.first(track.minutes), place: details.place))
            }
            for n in chosen.count..<track.sessions {
                unplaced.append(UnplacedSession(group: group.id, number: n + 1,
                                                reason: first > last ? "the training window \(window.from) to \(window.to) holds no school day"
                                                    : "only \(fitting.count) training days fit a \(track.minutes)-minute session between \(window.from) and \(window.to)"))
            }
        }
        return Result(sessions: sessions, unplaced: unplaced, window: window)
    }

    /// After the gate and before the rollout the training prepares for; a training milestone
    /// the plan places before that rollout sets the window itself. Also returns the rollout's goal.
    private func trainingWindow() -> (TrainingWindow, String?) {
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
