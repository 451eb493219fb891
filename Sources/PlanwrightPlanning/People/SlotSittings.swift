import PlanwrightModel

/// How many of a track's sessions one training slot holds, and when each starts. A slot whose
/// hours the plan gives (an early release's or a PD day's `time`) holds as many as fit, one after
/// another: a seven-hour PD day holds seven 60-minute sittings, where a group takes its next
/// session after its last, and other groups meet in parallel rooms at the same time. A slot whose
/// hours are not written holds one session per group, as its length is not known.
enum SlotSittings {
    /// The sittings of `slot` for sessions of `minutes`, earliest first.
    static func sittings(of slot: SlotBookings.Slot, minutes: Int, year: SchoolYear) -> [SlotBookings.Slot] {
        guard let time = TrainingSessionPlacer.details(slot.kind, on: slot.date, year: year).time, minutes > 0, time.minutes >= minutes else {
            return [SlotBookings.Slot(date: slot.date, kind: slot.kind, start: 0, minutes: minutes)]
        }
        return (0..<(time.minutes / minutes)).map { n in
            SlotBookings.Slot(date: slot.date, kind: slot.kind, start: n * minutes, minutes: minutes)
        }
    }

    /// The hours of a session in `sitting`, when its slot has hours.
    static func time(of sitting: SlotBookings.Slot, year: SchoolYear) -> SlotTime? {
        guard let time = TrainingSessionPlacer.details(sitting.kind, on: sitting.date, year: year).time else { return nil }
        return SlotTime(start: time.start + sitting.start, end: min(24 * 60, time.start + sitting.start + max(1, sitting.minutes)))
    }
}
