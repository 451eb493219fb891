import PlanwrightModel

/// Differentiated training for the whole plan: each programme's people (its scope) put in
/// groups, then its sessions placed in its window, programme after programme, around the
/// slots earlier programmes have already booked for the same people.
struct ProgrammePlanner {
    let plan: Plan
    let calendar: SchoolCalendar
    let milestones: [ScheduledMilestone]
    let priorities: [Priority]
    let cycles: [PlannedCycle]
    let champions: ChampionPlan

    func training() -> TrainingPlan {
        let finder = TrainingProgrammes(plan: plan, calendar: calendar, milestones: milestones, cycles: cycles)
        let grouper = TrainingGroups(plan: plan, champions: champions)
        let placer = TrainingSessionPlacer(plan: plan, calendar: calendar, priorities: priorities, cycles: cycles)
        let gradesOfSchool = Dictionary(plan.schools.map { ($0.id, $0.grades) }, uniquingKeysWith: { a, _ in a })
        var facilitation: [String: Int] = [:]
        var bookings = SlotBookings()
        var training = TrainingPlan(tracks: [], programmes: [], groups: [], sessions: [], unplaced: [])
        for spec in finder.specs() {
            let grouped = grouper.build(programme: spec.id, staff: finder.staff(in: spec.scope, gradesOfSchool: gradesOfSchool),
                                        facilitation: &facilitation)
            let placed = placer.place(grouped.groups, tracks: grouped.tracks, programme: spec, bookings: &bookings)
            training.programmes.append(TrainingProgramme(id: spec.id, title: spec.title, scope: spec.scope, audience: finder.audience(of: spec.scope),
                                                         window: spec.window, tracks: grouped.tracks))
            training.groups += grouped.groups
            training.sessions += placed.sessions
            training.unplaced += placed.unplaced
        }
        // The district's tracks count each person trained once, however many programmes they are in.
        var trained: [String: Set<String>] = [:]
        for group in training.groups { trained[group.track, default: []].formUnion(group.members) }
        training.tracks = plan.training.tracks.map { track in
            PlannedTrack(id: track.id, name: track.name, comfort: TrainingGroups.describe(track.comfort), sessions: track.sessions,
                         minutes: track.minutes, members: trained[track.id]?.count ?? 0)
        }
        return training
    }
}
