import PlanwrightDocument
import PlanwrightModel

/// Dates each group's sessions on PD days (any length) and early-release days (short sessions),
/// "just in time": in the last slots of its programme's window (after the go/no-go gate and
/// before the rollout it prepares for), never on closed days or in a testing window, and never
/// in a slot where one of its members or its facilitator is already in another session.
struct TrainingSessionPlacer {
    let plan: Plan
    let calendar: SchoolCalendar
    let priorities: [Priority]
    let cycles: [PlannedCycle]
    /// Names for the reason a session clashes, looked up only then.
    let names: [String: String]

    /// The longest session an early-release afternoon holds.
    static let earlyReleaseMinutes = 90

    init(plan: Plan, calendar: SchoolCalendar, priorities: [Priority], cycles: [PlannedCycle]) {
        self.plan = plan
        self.calendar = calendar
        self.priorities = priorities
        self.cycles = cycles
        names = Dictionary(plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    struct Result {
        var sessions: [TrainingSession] = []
        var unplaced: [UnplacedSession] = []
    }

    /// Places one programme's groups, booking their people in `bookings` so that the next
    /// programme (and the next group) works around them.
    func place(_ groups: [TrainingGroup], tracks: [PlannedTrack], programme: TrainingProgrammes.Spec,
               bookings: inout SlotBookings) -> Result {
        let window = programme.window
        let slots = availableSlots(in: window)
        let focusByDate = Dictionary(slots.map { ($0.date, focus(on: $0.date, goal: programme.goal)) }, uniquingKeysWith: { a, _ in a })
        var result = Result()
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for group in groups {
            guard let track = trackByID[group.track] else { continue }
            let fitting = slots.filter { $0.kind == .pdDays || track.minutes <= Self.earlyReleaseMinutes }
            var people = group.members
            if let facilitator = group.facilitator, !group.members.contains(facilitator) { people.append(facilitator) }
            // The latest free slots: as close to the rollout as the group's people allow.
            var chosen: [SlotBookings.Slot] = []
            var firstClash: (booking: SlotBookings.Booking, slot: SlotBookings.Slot)?
            for slot in fitting.reversed() where chosen.count < track.sessions {
                if let clash = bookings.clash(among: people, in: slot) {
                    if firstClash == nil { firstClash = (clash, slot) }
                    continue
                }
                chosen.append(slot)
            }
            chosen.reverse()
            for (n, slot) in chosen.enumerated() {
                let session = TrainingSession(group: group.id, number: n + 1, date: slot.date, minutes: track.minutes,
                                              slot: slot.kind, focus: focusByDate[slot.date] ?? [], programme: programme.id)
                bookings.book(group.members, facilitator: group.facilitator, in: slot, session: session.id)
                result.sessions.append(session)
            }
            guard chosen.count < track.sessions else { continue }
            let reason: String
            if !programme.hasSchoolDay {
                reason = "the training window \(window.from) to \(window.to) holds no school day"
            } else if let (booking, slot) = firstClash {
                let role = booking.facilitating ? "facilitates" : "is in"
                reason = "\(chosen.count) of the \(fitting.count) training days that fit a \(track.minutes)-minute session between \(window.from) and \(window.to) are free for this group: \(names[booking.person] ?? booking.person) \(role) session \(booking.session) on \(slot.date)"
            } else {
                reason = "only \(fitting.count) training days fit a \(track.minutes)-minute session between \(window.from) and \(window.to)"
            }
            for n in chosen.count..<track.sessions {
                result.unplaced.append(UnplacedSession(group: group.id, number: n + 1, reason: reason, programme: programme.id,
                                                       clashesWith: programme.hasSchoolDay ? firstClash?.booking.session : nil))
            }
        }
        return result
    }

    /// PD days and early-release days in the window that are school days outside testing, by
    /// date. A PD day is never also an early-release slot: the whole day is training time.
    private func availableSlots(in window: TrainingWindow) -> [SlotBookings.Slot] {
        var slots: [SlotBookings.Slot] = []
        if plan.training.slots.contains(.pdDays) { slots += calendar.pdDays.map { .init(date: $0, kind: .pdDays) } }
        if plan.training.slots.contains(.earlyRelease) {
            let pd = Set(calendar.pdDays)
            slots += calendar.earlyReleaseDays.filter { !pd.contains($0) }.map { .init(date: $0, kind: .earlyRelease) }
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
