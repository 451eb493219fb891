import PlanwrightDocument
import PlanwrightModel

/// Dates each group's sessions on PD days (any length) and early-release days (short sessions),
/// "just in time": in the last slots of its programme's window (after the go/no-go gate and
/// before the rollout it prepares for), never on closed days or in a testing window, and never
/// in a slot where one of its members or its facilitator is already in another session.
/// Sessions recorded as held keep their day; one due before the as-of date and not held is
/// late, and is re-placed from that date.
struct TrainingSessionPlacer {
    let plan: Plan
    let asOf: SchoolDate
    let calendar: SchoolCalendar
    let priorities: [Priority]
    let cycles: [PlannedCycle]
    /// Names for the reason a session clashes, looked up only then.
    let names: [String: String]
    /// Held as of the date, by session id: a session recorded held after it had not yet taken place then.
    let held: [String: SchoolDate]
    /// Who missed each held session, by session id (`absent:`).
    let absent: [String: Set<String>]
    /// When staff who joined during the year started (`joined:`): a held session before it is a make-up for them.
    let joined: [String: SchoolDate]
    private let pdDays: Set<SchoolDate>

    /// The first day a session not yet held may go on. An as-of date on or before the first day
    /// of school (the default) leaves the pre-service days before it open: nothing has happened yet.
    private var openFrom: SchoolDate { asOf <= plan.year.start ? min(asOf, plan.year.preServiceStart) : asOf }

    /// The longest session an early-release afternoon holds when the plan gives it no `time`.
    static let earlyReleaseMinutes = 90

    init(plan: Plan, asOf: SchoolDate, calendar: SchoolCalendar, priorities: [Priority], cycles: [PlannedCycle]) {
        self.plan = plan
        self.asOf = asOf
        self.calendar = calendar
        self.priorities = priorities
        self.cycles = cycles
        names = Dictionary(plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        held = Dictionary(plan.training.held.filter { $0.on.value <= asOf }.map { ($0.session.value, $0.on.value) }, uniquingKeysWith: { a, _ in a })
        joined = Dictionary(plan.staff.compactMap { person in person.joined.map { (person.id, $0) } }, uniquingKeysWith: { a, _ in a })
        absent = Dictionary(plan.training.held.map { ($0.session.value, Set($0.absent.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        pdDays = Set(calendar.pdDays)
    }

    /// The longest session a slot holds: its `time` when the plan gives one; else 90 minutes
    /// after an early release, and a PD day's whole day.
    static func longestSession(_ slot: TrainingSlot, on date: SchoolDate, year: SchoolYear) -> Int {
        switch slot {
        case .earlyRelease: earlyReleaseTime(on: date, year: year)?.minutes ?? earlyReleaseMinutes
        case .pdDays: year.pdDayDetails[date]?.time?.minutes ?? .max
        }
    }

    /// An early release's hours: an imported timed event's own ("Early Out", 13:00-15:30), else the plan's `time`.
    static func earlyReleaseTime(on date: SchoolDate, year: SchoolYear) -> SlotTime? {
        year.importedEarlyReleaseTimes[date] ?? year.earlyReleaseTime
    }

    /// The hours a slot gives, if the plan writes them, and its place.
    static func details(_ slot: TrainingSlot, on date: SchoolDate, year: SchoolYear) -> SlotDetails {
        switch slot {
        case .earlyRelease: SlotDetails(time: earlyReleaseTime(on: date, year: year), place: nil)
        case .pdDays: year.pdDayDetails[date] ?? SlotDetails(time: nil, place: nil)
        }
    }

    struct Result {
        /// The programme's groups as placed: a group whose champion is taken in every slot it
        /// could use meets without them (`facilitator` nil) rather than not at all.
        var groups: [TrainingGroup] = []
        /// Groups that lost their co-facilitator so, with the champion they would have had.
        var withoutFacilitator: [(group: String, champion: String)] = []
        var sessions: [TrainingSession] = []
        var unplaced: [UnplacedSession] = []
        /// Held and late sessions, in group order.
        var progress: [SessionProgress] = []
    }

    /// The slot a session held on `day` took: a PD day's, or an early release's.
    func slot(heldOn day: SchoolDate) -> SlotBookings.Slot {
        SlotBookings.Slot(date: day, kind: pdDays.contains(day) ? .pdDays : .earlyRelease)
    }

    /// Books the sessions of `groups` that were held, before any programme is placed: a held
    /// session took its slot, and no later placement may put its people anywhere else then.
    func bookHeld(_ groups: [TrainingGroup], tracks: [String: PlannedTrack], bookings: inout SlotBookings) {
        for group in groups {
            guard let track = tracks[group.track], track.sessions > 0 else { continue }
            for n in 1...track.sessions {
                let id = TrainingSession.id(group: group.id, number: n)
                if let day = held[id] { bookings.book(group.members, facilitator: group.facilitator, coLeaders: group.coLeaders, in: slot(heldOn: day), session: id) }
            }
        }
    }

    /// Places one programme's groups, booking their people in `bookings` so that the next
    /// programme (and the next group) works around them. `plannedWindow` is the programme's
    /// window as the plan has it with nothing late: when its sessions were due.
    /// With `championsFirst`, the champions' own groups meet before the groups they lead, as the
    /// mode says (`ChampionsFirst`).
    func place(_ groups: [TrainingGroup], tracks: [PlannedTrack], programme: TrainingProgrammes.Spec, plannedWindow: TrainingWindow,
               championsFirst: ChampionsFirst.Mode? = nil, bookings: inout SlotBookings) -> Result {
        let window = programme.window
        let slots = availableSlots(in: window)
        let plannedSlots = availableSlots(in: plannedWindow)
        let focusByDate = Dictionary(slots.map { ($0.date, focus(on: $0.date, goal: programme.goal)) }, uniquingKeysWith: { a, _ in a })
        var result = Result()
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var champions = championsFirst.map { ChampionsFirst.Placement(mode: $0, groups: groups, year: plan.year) }
        for index in champions?.order ?? Array(groups.indices) {
            var group = groups[index]
            defer { result.groups.append(group) }
            guard let track = trackByID[group.track], track.sessions > 0 else { continue }
            // A recorded group whose people have all left keeps what it held and trains nobody more.
            if group.members.isEmpty {
                let kept = heldOnly(group, track: track, programme: programme)
                result.sessions += kept.sessions
                result.progress += kept.progress
                continue
            }
            // A closure or testing window for some schools only takes the day from groups there.
            let schools = group.schools
            let fits = { (slot: SlotBookings.Slot) in
                track.minutes <= Self.longestSession(slot.kind, on: slot.date, year: plan.year) && calendar.schoolDays.taken(slot.date, at: schools) == nil
            }
            // Each day as the sittings its hours hold for this track's sessions (`SlotSittings`),
            // a day's latest sitting first: the search runs backwards from the rollout, so it takes
            // the latest days but each day from its start, as a leader schedules a PD day.
            let fitting = (slots + schoolSlots(at: schools, in: window, besides: slots)).sorted { $0.date < $1.date }.filter(fits)
                .flatMap { SlotSittings.sittings(of: $0, minutes: track.minutes, year: plan.year).reversed() }
            var heldHere: [Int: SchoolDate] = [:]
            for n in 1...track.sessions {
                if let day = held[TrainingSession.id(group: group.id, number: n)] { heldHere[n] = day }
            }
            // The latest free slots after the sessions held and from the as-of date: as close to
            // the rollout as the group's people allow.
            let lastHeld = heldHere.values.max()
            let open = fitting.filter { day in (lastHeld.map { day.date > $0 } ?? true) && day.date >= openFrom }
            let needed = track.sessions - heldHere.count
            let ready = champions?.usable(open, by: group, needed: needed) ?? open
            var (free, firstClash) = freeSlots(ready, for: group.members + [group.facilitator].compactMap { $0 } + group.coLeaders, needed: needed, bookings: bookings)
            // A champion's time is the scarcer: a school with two champions and seven groups cannot
            // have one in every session. The group still meets, without them, when that gives it more.
            if free.count < needed, let champion = group.facilitator, !group.members.contains(champion) {
                let alone = freeSlots(open, for: group.members + group.coLeaders, needed: needed, bookings: bookings)
                if alone.free.count > free.count {
                    (free, firstClash) = alone
                    group.facilitator = nil
                    result.withoutFacilitator.append((group.id, champion))
                }
            }
            let chosen = free.sorted { ($0.date, $0.start) < ($1.date, $1.start) }
            let placed = SessionDates.place(count: track.sessions, held: heldHere, slots: chosen.map(\.date))
            // The sitting each session took: SessionDates gives the open numbers the last free sittings, in order.
            let openNumbers = (1...track.sessions).filter { heldHere[$0] == nil }
            let sittingOf = Dictionary(zip(openNumbers, chosen.suffix(openNumbers.count)).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
            // When each session was due, as planned with nothing late: late is judged on it.
            let due = SessionDates.place(count: track.sessions, held: heldHere, slots: plannedSlots.filter(fits)
                .flatMap { SlotSittings.sittings(of: $0, minutes: track.minutes, year: plan.year) }.map(\.date))
            for n in 1...track.sessions {
                let id = TrainingSession.id(group: group.id, number: n)
                if let day = heldHere[n] {
                    result.progress.append(heldProgress(group: group, number: n, on: day))
                } else if let due = due[n], due < openFrom, window.from <= asOf {
                    // A window still ahead of the date (its rollout has moved) makes no session late.
                    let noDayLeft: SessionProgress.NoDayLeft? = placed[n] != nil ? nil
                        : asOf > window.to ? .windowEnded(window.to) : .noFittingDayBefore(window.to)
                    result.progress.append(SessionProgress(session: id, group: group.id, number: n, state: .late, planned: due, date: placed[n],
                                                           noDayLeft: noDayLeft))
                }
                guard let day = placed[n] else { continue }
                let slot = heldHere[n] != nil ? self.slot(heldOn: day) : sittingOf[n] ?? SlotBookings.Slot(date: day, kind: .earlyRelease)
                let details = Self.details(slot.kind, on: day, year: plan.year)
                let time = heldHere[n] != nil ? details.time?.first(track.minutes) : SlotSittings.time(of: slot, year: plan.year)
                let session = TrainingSession(group: group.id, number: n, date: day, minutes: track.minutes, slot: slot.kind,
                                              focus: focusByDate[day] ?? focus(on: day, goal: programme.goal),
                                              time: time, place: details.place, programme: programme.id,
                                              attended: heldHere[n] != nil ? attended(group: group, number: n, on: day) : nil)
                if heldHere[n] == nil { bookings.book(group.members, facilitator: group.facilitator, coLeaders: group.coLeaders, in: slot, session: session.id) }
                result.sessions.append(session)
            }
            champions?.placed(group, in: Array(sittingOf.values))
            let missing = (1...track.sessions).filter { placed[$0] == nil }
            guard !missing.isEmpty else { continue }
            let (search, cause) = unplacedReason(programme: programme, fitting: fitting, open: open, minutes: track.minutes, clash: firstClash,
                                                 freeCount: Set(free.map(\.date)).count, heldUntil: lastHeld)
            for n in missing {
                result.unplaced.append(UnplacedSession(group: group.id, number: n, cause: cause, programme: programme.id,
                                                       clashesWith: programme.hasSchoolDay ? firstClash?.booking.session : nil,
                                                       window: programme.window, search: search))
            }
        }
        if championsFirst != nil { ChampionsFirst.restoreOrder(&result, groups: groups) }
        return result
    }

    /// The latest of `open` in which none of `people` is booked, at most `needed` of them, latest
    /// first, and the first clash passed over.
    private func freeSlots(_ open: [SlotBookings.Slot], for people: [String], needed: Int, bookings: SlotBookings)
        -> (free: [SlotBookings.Slot], firstClash: (booking: SlotBookings.Booking, slot: SlotBookings.Slot)?) {
        var free: [SlotBookings.Slot] = []
        var firstClash: (booking: SlotBookings.Booking, slot: SlotBookings.Slot)?
        for slot in open.reversed() where free.count < needed {
            if let clash = bookings.clash(among: people, in: slot) {
                if firstClash == nil { firstClash = (clash, slot) }
                continue
            }
            free.append(slot)
        }
        return (free, firstClash)
    }

    /// Why a session found no day: the window, a clash with another session of its people, or
    /// how few days it holds. Once the as-of date or a held session has passed some of them,
    /// the count is of the days still open.
    private func unplacedReason(programme: TrainingProgrammes.Spec, fitting: [SlotBookings.Slot], open: [SlotBookings.Slot], minutes: Int,
                                clash: (booking: SlotBookings.Booking, slot: SlotBookings.Slot)?, freeCount: Int, heldUntil: SchoolDate?)
        -> (UnplacedSession.DaySearch?, UnplacedSession.Cause) {
        let window = programme.window
        if window.empty { return (nil, .noDayInWindow) }
        guard programme.hasSchoolDay else { return (nil, .noSchoolDay) }
        let from = [openFrom, heldUntil?.adding(days: 1)].compactMap { $0 }.max()!
        let start = max(from, window.from)
        // Counted in days, however many sittings a day's hours hold.
        let openDays = Set(open.map(\.date)).count
        var search = UnplacedSession.DaySearch(from: start, afterHeld: from > window.from, minutes: minutes, fittingDays: openDays, freeDays: freeCount, clash: nil)
        if let (booking, slot) = clash {
            search.clash = .init(person: booking.person, name: names[booking.person] ?? booking.person, facilitating: booking.facilitating,
                                 session: booking.session, date: slot.date)
            return (search, .clash)
        }
        guard from <= window.to else { return (search, .windowEnded) }
        return (search, .tooFewDays)
    }

    /// PD days and early-release days in the window that are school days outside testing, by
    /// date. A PD day is never also an early-release slot: the whole day is training time.
    private func availableSlots(in window: TrainingWindow) -> [SlotBookings.Slot] {
        guard !window.empty else { return [] }
        var slots: [SlotBookings.Slot] = []
        if plan.training.slots.contains(.pdDays) { slots += calendar.pdDays.map { .init(date: $0, kind: .pdDays) } }
        if plan.training.slots.contains(.earlyRelease) {
            slots += calendar.earlyReleaseDays.filter { !pdDays.contains($0) }.map { .init(date: $0, kind: .earlyRelease) }
        }
        return slots.filter { window.from <= $0.date && $0.date <= window.to && (calendar.isSchoolDay($0.date) || calendar.isPreService($0.date))
            && !calendar.isTesting($0.date) }
            .sorted { $0.date < $1.date }
    }

    /// The PD days and early-release afternoons of some schools only that the group's schools
    /// all have, in the window, on school days outside testing, that are not already slots.
    private func schoolSlots(at schools: [String], in window: TrainingWindow, besides slots: [SlotBookings.Slot]) -> [SlotBookings.Slot] {
        var taken = Set(slots.map(\.date))
        var own: [SlotBookings.Slot] = []
        if plan.training.slots.contains(.pdDays) {
            own += calendar.schoolDays.pdDays(at: schools).filter { !taken.contains($0) }.map { .init(date: $0, kind: .pdDays) }
            taken.formUnion(own.map(\.date))
        }
        if plan.training.slots.contains(.earlyRelease) {
            own += calendar.schoolDays.earlyReleaseDays(at: schools).filter { !taken.contains($0) && !pdDays.contains($0) }.map { .init(date: $0, kind: .earlyRelease) }
        }
        return own.filter { window.from <= $0.date && $0.date <= window.to && calendar.isSchoolDay($0.date) && !calendar.isTesting($0.date) }
    }

    /// What the session works on: the priorities of the goal whose rollout it prepares for,
    /// and the priorities placed in the cycle it falls in. Training stays aligned with the plan.
    func focus(on date: SchoolDate, goal: String?) -> [String] {
        let cycle = cycles.last(where: { $0.start <= date })?.number
        return priorities.filter { ($0.goal != nil && $0.goal == goal) || ($0.goal == nil && $0.cycle == cycle) }.map(\.name)
    }
}
