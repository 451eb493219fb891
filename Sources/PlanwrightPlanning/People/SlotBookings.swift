import PlanwrightModel

/// Who is already in a training session in which slot, across every programme: nobody sits in
/// two sessions at once, a champion never facilitates two groups at once, and a facilitator is
/// never also expected as a member elsewhere. Kept per person, so checking a group costs the
/// group's size, not the number of sessions placed so far (a state places tens of thousands).
struct SlotBookings {
    /// A slot: a day, the kind of time on it, and the part of it a session takes (`SlotSittings`):
    /// a PD day from 8:00 to 3:00 holds a group's sessions one after another.
    struct Slot: Hashable {
        var date: SchoolDate
        var kind: TrainingSlot
        /// Minutes after the slot begins that the session starts.
        var start: Int = 0
        /// How long it takes; a held session, whose hours are not recorded, takes the whole slot.
        var minutes: Int = Slot.whole

        static let whole = 24 * 60

        /// Two sessions clash when they are on the same day and their times overlap. Two kinds
        /// of slot on one day (a school's own PD day on another's early release) are not timed
        /// against each other, so they clash outright.
        func overlaps(_ other: Slot) -> Bool {
            date == other.date && (kind != other.kind || (start < other.start + other.minutes && other.start < start + minutes))
        }
    }

    /// The session someone is booked in, and whether they facilitate it.
    struct Booking {
        var person: String
        var session: String
        var facilitating: Bool
        var slot: Slot
    }

    private var byPerson: [String: [SchoolDate: [Booking]]] = [:]

    /// The first of `people` already booked at a time that overlaps `slot`, with the session they are in.
    func clash(among people: [String], in slot: Slot) -> Booking? {
        for person in people {
            if let booking = byPerson[person]?[slot.date]?.first(where: { $0.slot.overlaps(slot) }) { return booking }
        }
        return nil
    }

    /// Books a session's members, its champion and the pilot participants who co-lead it (`coLeaders`).
    mutating func book(_ members: [String], facilitator: String?, coLeaders: [String] = [], in slot: Slot, session: String) {
        for member in members { byPerson[member, default: [:]][slot.date, default: []].append(Booking(person: member, session: session, facilitating: false, slot: slot)) }
        for leader in [facilitator].compactMap({ $0 }) + coLeaders where clash(among: [leader], in: slot) == nil {
            byPerson[leader, default: [:]][slot.date, default: []].append(Booking(person: leader, session: session, facilitating: true, slot: slot))
        }
    }
}
