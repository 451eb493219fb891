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
    private let events: PlanEvents

    /// Built once per build: every member of staff's calendar is read from these lookups.
    init(_ plan: ImprovementPlan, people: PlannedPeople) {
        self.plan = plan
        self.people = people
        var members: [String: [TrainingGroup]] = [:], facilitators: [String: [TrainingGroup]] = [:]
        for group in plan.training.groups {
            for member in group.members { members[member, default: []].append(group) }
            if let facilitator = group.facilitator { facilitators[facilitator, default: []].append(group) }
            for leader in group.coLeaders { facilitators[leader, default: []].append(group) }
        }
        groupsByMember = members
        groupsByFacilitator = facilitators
        sessionsByGroup = Dictionary(grouping: plan.training.sessions, by: \.group)
        events = PlanEvents(plan: plan, groups: plan.training.groups, people: people)
    }

    func render(_ id: String) -> String {
        let facilitated = groupsByFacilitator[id] ?? []
        let facilitating = Set(facilitated.map(\.id))
        // A champion in a group they also facilitate has one event for it: as its facilitator.
        let attended = (groupsByMember[id] ?? []).filter { !facilitating.contains($0.id) }
        let mine = attended.flatMap { group in (sessionsByGroup[group.id] ?? []).map { events.session($0, for: id) } }
            + facilitated.flatMap { group in (sessionsByGroup[group.id] ?? []).map { events.session($0, for: id, facilitating: true) } }
        return ICalendarDocument.render(name: "\(people.name(id)): training", stamp: plan.start,
                                        events: mine.sorted { ($0.first, $0.time?.start ?? -1, $0.uid) < ($1.first, $1.time?.start ?? -1, $1.uid) })
    }
}
