import PlanwrightDocument
import PlanwrightModel

/// Differentiated training for the whole plan: each programme's people (its scope) put in
/// groups, then its sessions placed in its window, programme after programme, around the
/// slots earlier programmes (and every session already held) have booked for the same people.
struct ProgrammePlanner {
    let plan: Plan
    let asOf: SchoolDate
    let calendar: SchoolCalendar
    /// Re-planned from the as-of date: where sessions go now.
    let milestones: [ScheduledMilestone]
    /// As the plan has them with nothing late: where sessions were due, which late is judged on.
    let plannedMilestones: [ScheduledMilestone]
    let priorities: [Priority]
    let cycles: [PlannedCycle]
    let champions: ChampionPlan
    /// Whom each programme's scope reaches, built once for the whole planner.
    let scopeStaff: ScopeStaff
    /// Every pilot's group, listed or proposed: they co-lead their rollout's training.
    var pilotGroups: [PilotGroup] = []

    struct Result {
        var training: TrainingPlan
        /// Held and late sessions.
        var progress: [SessionProgress]
        /// `held:` entries naming no session.
        var diagnostics: [Diagnostic]
    }

    func training() -> Result {
        let finder = TrainingProgrammes(plan: plan, calendar: calendar, milestones: milestones, cycles: cycles)
        let plannedWindows = Dictionary(TrainingProgrammes(plan: plan, calendar: calendar, milestones: plannedMilestones, cycles: cycles).specs()
            .map { ($0.id, $0.window) }, uniquingKeysWith: { a, _ in a })
        let grouper = TrainingGroups(plan: plan, champions: champions)
        let placer = TrainingSessionPlacer(plan: plan, asOf: asOf, calendar: calendar, priorities: priorities, cycles: cycles)
        var facilitation: [String: Int] = [:]
        // Every programme's groups first, so the sessions already held are booked before any is placed.
        let specs = finder.specs()
        let pilots = PilotLeaders(groups: pilotGroups)
        let kinds = Dictionary(plan.milestones.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var pilotLeaders: [PilotLeader] = []
        // What the recorded groups of each programme get wrong, found while its staff are at hand.
        var metGroupProblems: [[Diagnostic]] = []
        let grouped = specs.map { spec in
            let staff = scopeStaff.staff(in: spec.scope)
            metGroupProblems.append(MetGroups(plan: plan).problems(of: spec.id, staff: staff))
            // A pilot's participants lead their rollout's training rather than attend it. Most
            // programmes have none: the staff in scope (a state's 100,000) are not indexed for them.
            let named = pilots.leaders(of: spec, rollout: kinds[spec.id] == .rollout)
            guard !named.isEmpty else { return grouper.build(programme: spec.id, staff: staff, facilitation: &facilitation) }
            let byID = Dictionary(staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let leaders = named.compactMap { leader in byID[leader.staff].map { (staff: $0, pilot: leader.pilot) } }
            let leading = Set(leaders.map(\.staff.id))
            var result = grouper.build(programme: spec.id, staff: staff.filter { !leading.contains($0.id) }, facilitation: &facilitation)
            pilotLeaders += PilotLeaders.assign(leaders, to: &result.groups, programme: spec.id)
            return result
        }
        var bookings = SlotBookings()
        for programme in grouped {
            placer.bookHeld(programme.groups, tracks: Dictionary(programme.tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), bookings: &bookings)
        }
        var training = TrainingPlan(tracks: [], programmes: [], groups: [], sessions: [], unplaced: [])
        var progress: [SessionProgress] = []
        var diagnostics: [Diagnostic] = []
        training.outsideTracks = Array(Set(grouped.flatMap(\.outsideTracks))).sorted()
        training.pilotLeaders = pilotLeaders
        for (index, (spec, grouped)) in zip(specs, grouped).enumerated() {
            var placed = spec.done ? placer.placeHeldOnly(grouped.groups, tracks: grouped.tracks, programme: spec) : TrainingSessionPlacer.Result()
            if !spec.done {
                let first = placer.placeChampionsFirst(grouped.groups, tracks: grouped.tracks, programme: spec,
                                                       plannedWindow: plannedWindows[spec.id] ?? spec.window, bookings: &bookings)
                placed = first.result
                training.championsTrainedInstead += first.instead
            }
            training.programmes.append(TrainingProgramme(id: spec.id, title: spec.title, scope: spec.scope, schoolNames: finder.schoolNames(in: spec.scope),
                                                         window: spec.window, tracks: grouped.tracks))
            training.groups += placed.groups
            diagnostics += withoutChampion(placed.withoutFacilitator, groups: placed.groups, programme: spec)
            training.sessions += placed.sessions
            training.unplaced += placed.unplaced
            progress += placed.progress
            diagnostics += metGroupProblems[index]
        }
        // The district's tracks count each person trained once, however many programmes they are in.
        var trained: [String: Set<String>] = [:]
        for group in training.groups { trained[group.track, default: []].formUnion(group.members) }
        training.tracks = plan.training.tracks.map { track in
            PlannedTrack(id: track.id, name: track.name, comfort: track.comfort, sessions: track.sessions,
                         minutes: track.minutes, members: trained[track.id]?.count ?? 0)
        }
        return Result(training: training, progress: progress, diagnostics: diagnostics + unknownHeld(training) + unknownMetGroups(training))
    }

    /// Groups that meet without the champion they were given, one warning per school and
    /// programme: too few champions for the school's groups, in too few training days.
    private func withoutChampion(_ lost: [(group: String, champion: String)], groups: [TrainingGroup],
                                 programme: TrainingProgrammes.Spec) -> [Diagnostic] {
        guard !lost.isEmpty else { return [] }
        let schoolOf = Dictionary(groups.map { ($0.id, $0.school) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(plan.schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // By the school's name; pooled groups, at no school, under the empty name.
        var bySchool: [String: [String]] = [:], order: [String] = [], ids: [String: String] = [:]
        for (group, _) in lost {
            let id = schoolOf[group].flatMap { $0 }
            let school = id.flatMap { names[$0] } ?? ""
            if bySchool[school] == nil { order.append(school) }
            bySchool[school, default: []].append(group)
            ids[school] = id
        }
        // At the school, where more champions are recruited; pooled groups at their rollout.
        let places = TrainingPlaces(plan: plan)
        return order.map { school in
            let groups = bySchool[school]!
            let location = places.school(ids[school], programme: programme.id)
            let title: Message.Value = programme.id == TrainingProgrammes.districtID ? .message(Message("people_district_training_title")) : .text(programme.title)
            let named: Message.Value = groups.count > 3
                ? .message(Message("people_groups_and_more", count: groups.count - 3, ["groups": .text(groups.prefix(3).joined(separator: ", "))]))
                : .text(groups.joined(separator: ", "))
            return .warning(Message("people_groups_without_champion", count: groups.count, [
                                "programme": title, "school": school.isEmpty ? .message(Message("people_pooled_groups")) : .text(school), "groups": named,
                            ]), at: location)
        }
    }

    /// A `held:` entry must name a session of the plan; one that does not is most often an id
    /// copied before the groups changed.
    private func unknownHeld(_ training: TrainingPlan) -> [Diagnostic] {
        guard !plan.training.held.isEmpty else { return [] }
        let sessions = Dictionary(plan.training.tracks.map { ($0.id, $0.sessions) }, uniquingKeysWith: { a, _ in a })
        var known = Set<String>()
        var members: [String: Set<String>] = [:]
        for group in training.groups {
            for n in 0..<(sessions[group.track] ?? 0) { known.insert(TrainingSession.id(group: group.id, number: n + 1)) }
            members[group.id] = Set(group.members)
        }
        let names = Dictionary(plan.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return plan.training.held.flatMap { entry -> [Diagnostic] in
            guard !known.contains(entry.session.value) else {
                // Someone absent from a group they are not in is most often the wrong session's id.
                let group = String(entry.session.value.prefix { $0 != "/" })
                return entry.absent.filter { names[$0.id] != nil && members[group]?.contains($0.id) == false }.map { person in
                    .error(Message("people_absent_not_in_group", ["name": .text(names[person.id]!), "id": .text(person.id), "group": .text(group),
                                                                  "session": .text(entry.session.value)]),
                           at: person.location)
                }
            }
            let session = Message.Value.text(Excerpt.of(entry.session.value))
            guard let meant = Suggestion.closest(to: entry.session.value, in: known) else {
                return [.error(Message("people_unknown_held_session", ["session": session]), at: entry.session.location)]
            }
            return [.error(Message("people_unknown_held_session_did_you_mean", ["session": session, "meant": .text(meant)]), at: entry.session.location)]
        }
    }
}
