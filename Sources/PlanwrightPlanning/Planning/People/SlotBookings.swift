import PlanwrightModel

/// Who is already in a training session in which slot, across every programme: nobody sits in
/// two sessions at once, a champion never facilitates two groups at once, and a facilitator is
/// never also expected as a member elsewhere. Kept per person, so checking a group costs the
/// group's size, not the number of sessions placed so far (a state places tens of thousands).
struct SlotBookings {
    /// A slot: a day and the kind of time on it.
    struct Slot: Hashable {
        var date: SchoolDate
        var kind: TrainingSlot
    }

    /// The session someone is booked in, and whether they facilitate it.
    struct Booking {
        var person: String
        var session: String
        var facilitating: Bool
    }

    private var byPerson: [String: [Slot: Booking]] = [:]

    /// The first of `people` already booked in `slot`, with the session they are in.
    func clash(among people: [String], in slot: Slot) -> Booking? {
        for person in people {
            if let booking = byPerson[person]?[slot] { return booking }
        }
        return nil
    }

    mutating func book(_ members: [String], facilitator: String?, in slot: Slot, session: String) {
        for member in members { byPerson[member, default: [:]][slot] = Booking(person: member, session: session, facilitating: false) }
        if let facilitator, byPerson[facilitator]?[slot] == nil {
            byPerson[facilitator, default: [:]][slot] = Booking(person: facilitator, session: session, facilitating: true)
        }
    }
}
