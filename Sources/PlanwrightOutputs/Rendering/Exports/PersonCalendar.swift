import PlanwrightModel
import PlanwrightPlanning

/// One person's calendar (`people/<staff-id>.ics`): the sessions of every training group they
/// are in and, for a champion, those of the groups they facilitate, titled "Facilitating …".
/// A person with no session still gets a calendar with no events, so a link someone
/// subscribed to keeps working when their sessions move or end.
struct PersonCalendar: Sendable {
    let plan: ImprovementPlan
    let people: PlannedPeople
    private let groupsByMember: [String: [TrainingGroup]]
    private let groupsByFacilitator: [String: [TrainingGroup]]
    private let sessionsByGroup: [String: [TrainingSession]]
    private let tracks: [String: String]

    /// Built once per build: every member of staff's calendar is read from these lookups.
    init(_ plan: ImprovementPlan, people: PlannedPeople) {
        self.plan = plan
        self.people = people
        var members: [String: [TrainingGroup]] = [:], facilitators: [String: [TrainingGroup]] = [:]
        for group in plan.training.groups {
            for member in group.members { members[member, default: []].append(group) }
            if let facilitator = group.facilitator { facilitators[facilitator, default: []].append(group) }
        }
        groupsByMember = members
        groupsByFacilitator = facilitators
        sessionsByGroup = Dictionary(grouping: plan.training.sessions, by: \.group)
        tracks = Dictionary(plan.training.tracks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func render(_ id: String) -> String {
        let facilitated = groupsByFacilitator[id] ?? []
        let facilitating = Set(facilitated.map(\.id))
        // A champion in a group they also facilitate has one event for it: as its facilitator.
        let attended = (groupsByMember[id] ?? []).filter { !facilitating.contains($0.id) }
        let events = attended.flatMap { group in (sessionsByGroup[group.id] ?? []).map { event($0, group, for: id, facilitating: false) } }
            + facilitated.flatMap { group in (sessionsByGroup[group.id] ?? []).map { event($0, group, for: id, facilitating: true) } }
        return ICalendarDocument.render(name: "\(people.name(id)): training", stamp: plan.start,
                                        events: events.sorted { ($0.first, $0.time?.start ?? -1, $0.uid) < ($1.first, $1.time?.start ?? -1, $1.uid) })
    }

    private func event(_ session: TrainingSession, _ group: TrainingGroup, for person: String, facilitating: Bool) -> ICalendarEvent {
        let track = tracks[group.track] ?? "Staff"
        let slot = session.slot == .pdDays ? "PD day" : "early release"
        var description = ["Group: \(group.id)", "Members: \(group.members.count)"]
        if !facilitating, let facilitator = group.facilitator { description.append("Facilitator: \(people.name(facilitator))") }
        description.append("Minutes: \(session.minutes) (\(slot))")
        if let time = session.time { description.append("Time: \(time.words)") }
        if let place = session.place { description.append("Place: \(place)") }
        if !session.focus.isEmpty { description.append("Focus: " + session.focus.joined(separator: "; ")) }
        let title = "\(track) training, session \(session.number)"
        return ICalendarEvent(
            // The session's id and the person's: stable across builds, and distinct in every calendar it appears in.
            uid: "session-\(ICalendarText.uidPart(session.id))-for-\(ICalendarText.uidPart(person))@planwright",
            first: session.date, last: session.date,
            summary: facilitating ? "Facilitating: \(title)" : title, description: description,
            location: session.place ?? group.school.map(people.schoolName), category: "training", time: session.time)
    }
}
