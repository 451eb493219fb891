import PlanwrightModel

/// A champion is trained before they lead: their own group in a programme (usually Leading)
/// meets before the first session of it they co-facilitate, never after it and never at once.
///
/// The programme is placed twice. First with the champions' own groups picking their slots
/// first and the groups they lead taking only slots after it: on a PD day with hours, Leading
/// at 8:00, then the groups they lead from 8:45. That is kept when it costs no group its
/// champion and no session its slot. Otherwise (one PD day without hours: the champions in
/// their own group all day would leave every other group without one) the programme is placed
/// as before, and each champion whose own training does not come first is recorded as briefed
/// one to one by the programme's owner instead, which the plan report, people pages and `check` say.
enum ChampionsFirst {
    /// How the champions' own groups come first.
    enum Mode: CaseIterable {
        /// The own group takes the first sittings of a PD day with hours, and the
        /// groups its champions lead take only sittings after it: Leading at 8:00, the rest from 8:45.
        case firstHourOfTheDay
        /// The groups are led first, just in time, and the own group takes the latest slot
        /// before the first session any of its champions leads: an earlier day.
        case earlierSlot
    }

    /// Who leads a group of the programme: its champions and the pilot participants who co-lead.
    static func leaders(of groups: [TrainingGroup]) -> Set<String> {
        Set(groups.compactMap(\.facilitator) + groups.flatMap(\.coLeaders))
    }

    /// The order groups pick slots in, and which slots each may take, as one placement goes.
    struct Placement {
        let mode: Mode
        let year: SchoolYear
        let leaders: Set<String>
        /// Groups with a leader among their members: the champions' own.
        let own: Set<String>
        let order: [Int]
        /// When each champion's own training ends (`firstHourOfTheDay`).
        private var trainedUntil: [String: SlotBookings.Slot] = [:]
        /// When each leader's first session as a leader starts (`earlierSlot`).
        private var firstLed: [String: SlotBookings.Slot] = [:]

        init(mode: Mode, groups: [TrainingGroup], year: SchoolYear) {
            self.mode = mode
            self.year = year
            let leaders = ChampionsFirst.leaders(of: groups)
            self.leaders = leaders
            let own = Set(groups.filter { $0.members.contains(where: leaders.contains) }.map(\.id))
            self.own = own
            let first = groups.indices.filter { own.contains(groups[$0].id) }, rest = groups.indices.filter { !own.contains(groups[$0].id) }
            order = mode == .firstHourOfTheDay ? first + rest : rest + first
        }

        /// The slots of `open` that `group` may take, for its `needed` sessions.
        func usable(_ open: [SlotBookings.Slot], by group: TrainingGroup, needed: Int) -> [SlotBookings.Slot] {
            if own.contains(group.id) {
                let champions = group.members.filter(leaders.contains)
                switch mode {
                case .firstHourOfTheDay:
                    // A PD day's first sittings, one per session: an early release's hour and a half holds too little after them.
                    return open.filter { $0.kind == .pdDays && $0.start < needed * $0.minutes && TrainingSessionPlacer.details($0.kind, on: $0.date, year: year).time != nil }
                case .earlierSlot:
                    return open.filter { slot in champions.allSatisfy { firstLed[$0].map { ChampionsFirst.ends(slot, before: $0) } ?? true } }
                }
            }
            let leading = [group.facilitator].compactMap { $0 } + group.coLeaders
            return open.filter { slot in leading.allSatisfy { trainedUntil[$0].map { ChampionsFirst.ends($0, before: slot) } ?? true } }
        }

        /// Records the sittings `group` took.
        mutating func placed(_ group: TrainingGroup, in sittings: [SlotBookings.Slot]) {
            let order = { (a: SlotBookings.Slot, b: SlotBookings.Slot) in (a.date, a.start) < (b.date, b.start) }
            guard let first = sittings.min(by: order), let last = sittings.max(by: order) else { return }
            if own.contains(group.id) {
                for member in group.members where leaders.contains(member) { trainedUntil[member] = last }
            }
            for leader in [group.facilitator].compactMap({ $0 }) + group.coLeaders where firstLed[leader].map({ order(first, $0) }) ?? true {
                firstLed[leader] = first
            }
        }
    }

    /// Whether `a` is over by the time `b` starts: an earlier day, or earlier the same day.
    static func ends(_ a: SlotBookings.Slot, before b: SlotBookings.Slot) -> Bool {
        a.date < b.date || (a.date == b.date && a.kind == b.kind && a.start + a.minutes <= b.start)
    }

    /// Outputs list groups, sessions and what is unplaced in the groups' own order, whatever order they were placed in.
    static func restoreOrder(_ result: inout TrainingSessionPlacer.Result, groups: [TrainingGroup]) {
        let position = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rank = { (id: String) in position[id] ?? .max }
        result.groups.sort { rank($0.id) < rank($1.id) }
        result.sessions = result.sessions.enumerated().sorted { (rank($0.element.group), $0.offset) < (rank($1.element.group), $1.offset) }.map(\.element)
        result.unplaced = result.unplaced.enumerated().sorted { (rank($0.element.group), $0.offset) < (rank($1.element.group), $1.offset) }.map(\.element)
        result.progress = result.progress.enumerated().sorted { (rank($0.element.group), $0.offset) < (rank($1.element.group), $1.offset) }.map(\.element)
        result.withoutFacilitator = result.withoutFacilitator.enumerated()
            .sorted { (rank($0.element.group), $0.offset) < (rank($1.element.group), $1.offset) }.map(\.element)
    }

    /// The champions of a placed programme whose own group does not meet, in full, before the
    /// first session they lead: they are briefed by the owner instead.
    static func trainedInstead(_ result: TrainingSessionPlacer.Result, programme: String) -> [ChampionTrainedInstead] {
        let sessions = Dictionary(grouping: result.sessions, by: \.group)
        let short = Set(result.unplaced.map(\.group))
        // Each session as a span of the day: one with no hours takes the whole day.
        let span = { (session: TrainingSession) in (session.date, session.time?.start ?? 0, session.time?.end ?? 24 * 60) }
        var firstLed: [String: TrainingSession] = [:]
        for group in result.groups {
            for session in sessions[group.id] ?? [] {
                for leader in [group.facilitator].compactMap({ $0 }) + group.coLeaders {
                    if let first = firstLed[leader], span(first) <= span(session) { continue }
                    firstLed[leader] = session
                }
            }
        }
        var instead: [ChampionTrainedInstead] = []
        for group in result.groups {
            let own = (sessions[group.id] ?? []).map(span)
            let last = own.max { ($0.0, $0.2) < ($1.0, $1.2) }
            for member in group.members {
                guard let first = firstLed[member] else { continue }
                let (day, start, _) = span(first)
                let before = !short.contains(group.id) && last.map { $0.0 < day || ($0.0 == day && $0.2 <= start && first.time != nil) } == true
                if !before {
                    instead.append(ChampionTrainedInstead(staff: member, programme: programme, group: group.id, firstLed: first.id, how: .briefedByOwner))
                }
            }
        }
        return instead
    }
}

extension TrainingSessionPlacer {
    /// Places a programme with its champions trained first where that costs nothing (`ChampionsFirst`),
    /// and names the champions trained another way.
    func placeChampionsFirst(_ groups: [TrainingGroup], tracks: [PlannedTrack], programme: TrainingProgrammes.Spec, plannedWindow: TrainingWindow,
                             bookings: inout SlotBookings) -> (result: Result, instead: [ChampionTrainedInstead]) {
        let leaders = ChampionsFirst.leaders(of: groups)
        var asBefore = bookings
        let before = place(groups, tracks: tracks, programme: programme, plannedWindow: plannedWindow, bookings: &asBefore)
        // No champion in a group of their own, or every one already trained before they lead:
        // the usual placement stands, and the trials (two more placements) are not paid for.
        let insteadBefore = ChampionsFirst.trainedInstead(before, programme: programme.id)
        guard groups.contains(where: { $0.members.contains(where: leaders.contains) }), !insteadBefore.isEmpty else {
            bookings = asBefore
            return (before, [])
        }
        // The first way that trains the champions first and costs no group its champion or a session.
        for mode in ChampionsFirst.Mode.allCases {
            var trial = bookings
            let placed = place(groups, tracks: tracks, programme: programme, plannedWindow: plannedWindow, championsFirst: mode, bookings: &trial)
            let instead = ChampionsFirst.trainedInstead(placed, programme: programme.id)
            if instead.isEmpty, placed.withoutFacilitator.count <= before.withoutFacilitator.count, placed.unplaced.count <= before.unplaced.count {
                bookings = trial
                return (placed, [])
            }
        }
        bookings = asBefore
        return (before, insteadBefore)
    }
}

