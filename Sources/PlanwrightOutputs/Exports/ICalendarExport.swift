import PlanwrightDocument
import PlanwrightPlanning

/// The plan as iCalendar files: milestones and training sessions as all-day events, for the
/// district and for each school. Pure functions of the plan: the same plan gives the same bytes.
public enum ICalendarExport {
    /// The district calendar: every milestone and every training session.
    public static func district(_ plan: ImprovementPlan) -> String {
        district(plan, people: PlannedPeople(plan))
    }

    /// The district calendar with the build's one lookup of people.
    static func district(_ plan: ImprovementPlan, people: PlannedPeople) -> String {
        let events = PlanEvents(plan: plan, groups: plan.training.groups, people: people)
        return ICalendarDocument.render(
            name: plan.district, stamp: plan.start,
            events: plan.milestones.map(events.milestone) + plan.training.sessions.map { events.session($0) })
    }

    /// One school's calendar: milestones that concern it (`schools` empty = all schools) and its groups' sessions.
    public static func school(_ id: String, in plan: ImprovementPlan) -> String {
        school(id, in: plan, people: PlannedPeople(plan))
    }

    /// Called once per school with the people looked up once, so it looks only at what this
    /// school needs: at state scale (2,000 schools, 100,000 staff) anything that indexes the
    /// whole plan here is done 2,000 times.
    static func school(_ id: String, in plan: ImprovementPlan, people: PlannedPeople) -> String {
        // Pooled groups list every school they draw from, so their sessions appear at each.
        let groups = plan.training.groups.filter { $0.school == id || $0.schools.contains(id) }
        let groupIDs = groups.map(\.id)
        let milestones = people.school(id).map { school in plan.milestones.filter { $0.isFor(school) } } ?? []
        let sessions = plan.training.sessions.filter { groupIDs.contains($0.group) }
        let events = PlanEvents(plan: plan, groups: groups, people: people)
        return ICalendarDocument.render(
            name: people.schoolName(id), stamp: plan.start,
            events: milestones.map(events.milestone) + sessions.map { events.session($0) })
    }
}

/// How milestones and training sessions read as calendar events: in the district's, each
/// school's and each person's calendar alike.
struct PlanEvents {
    /// A description names this many schools and counts the rest: a milestone for 300
    /// schools should not carry 300 names into every one of their calendars.
    static let schoolsNamed = 10

    let cycles: [Int: String]
    let groups: [String: TrainingGroup]
    let tracks: [String: String]
    /// What each programme prepares for, by id; none for the district-wide programme of a
    /// plan without rollouts, whose name would say nothing.
    let prepares: [String: String]
    let people: PlannedPeople

    init(plan: ImprovementPlan, groups: [TrainingGroup], people: PlannedPeople) {
        cycles = Dictionary(plan.cycles.map { ($0.number, Wording.english.name($0.name)) }, uniquingKeysWith: { first, _ in first })
        self.groups = Dictionary(groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        tracks = Dictionary(plan.training.tracks.map { ($0.id, TrackWords.name($0, .english)) }, uniquingKeysWith: { first, _ in first })
        prepares = Dictionary(plan.training.programmes.filter { !$0.isDistrictWide }.map { ($0.id, ProgrammeWords.name($0, .english)) }, uniquingKeysWith: { first, _ in first })
        self.people = people
    }

    /// One event from the first day to the last: a milestone's span may include weekends and
    /// breaks, which is how a calendar shows a piece of work that runs for weeks.
    func milestone(_ milestone: ScheduledMilestone) -> ICalendarEvent {
        var description = ["Kind: \(milestone.kind.rawValue)"]
        if let owner = milestone.owner { description.append("Owner: \(owner)") }
        description.append("Cycle: \(cycles[milestone.cycle] ?? String(milestone.cycle))")
        if !milestone.schools.isEmpty { description.append("Schools: " + names(of: milestone.schools)) }
        description.append("Status: " + milestone.status.words)
        return ICalendarEvent(
            uid: "milestone-\(ICalendarText.uidPart(milestone.id))@planwright",
            first: milestone.start, last: milestone.end,
            summary: Wording.english.title(milestone.title), description: description,
            location: nil, category: milestone.kind.rawValue)
    }

    /// `person` makes it that person's copy of the event (its own UID, so a session is one event
    /// in every calendar it appears in); `facilitating`, the copy of the champion who leads it.
    func session(_ session: TrainingSession, for person: String? = nil, facilitating: Bool = false) -> ICalendarEvent {
        let group = groups[session.group]
        let track = group.flatMap { tracks[$0.track] } ?? "Staff"
        let prepares = self.prepares[session.programme]
        var description = ["Group: \(session.group)"]
        if let prepares { description.append("Prepares for: \(prepares)") }
        if let group {
            if group.school == nil, !group.schools.isEmpty { description.append("Pooled: " + names(of: group.schools)) }
            description.append("Members: \(group.members.count)")
            if !facilitating, let facilitator = group.facilitator { description.append("Facilitator: \(people.name(facilitator))") }
        }
        let slot = session.slot == .pdDays ? "PD day" : "early release"
        description.append("Minutes: \(session.minutes) (\(slot))")
        if let time = session.time { description.append("Time: " + SlotTimeWords.range(time, .english)) }
        if let place = session.place { description.append("Place: \(place)") }
        if !session.focus.isEmpty { description.append("Focus: " + session.focus.joined(separator: "; ")) }
        // What it prepares for comes first; a long programme name is what is cut, never the session.
        let lead = facilitating ? "Facilitating: " : ""
        let session_ = "\(track) training, session \(session.number)"
        return ICalendarEvent(
            uid: person.map { "session-\(ICalendarText.uidPart(session.id))-for-\(ICalendarText.uidPart($0))@planwright" }
                ?? "session-\(ICalendarText.uidPart(session.group))-\(session.number)@planwright",
            first: session.date, last: session.date,
            summary: lead + (prepares ?? session_), summaryEnd: prepares == nil ? "" : ": " + session_, description: description,
            location: session.place ?? group?.school.map(people.schoolName), category: "training", time: session.time)
    }

    private func names(of ids: [String]) -> String {
        let named = ids.prefix(Self.schoolsNamed).map(people.schoolName).joined(separator: ", ")
        return ids.count > Self.schoolsNamed ? "\(named) and \(ids.count - Self.schoolsNamed) more" : named
    }
}
