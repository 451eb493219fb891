import PlanwrightPlanning

/// One school's changes to training groups and champion assignments.
public struct SchoolPeopleChanges: Sendable, Codable, Equatable {
    public var school: String
    public var name: String
    /// People whose training group or track changed, who joined or who left, in plan order:
    /// one change for each programme whose place for them changed.
    public var training: [TrainingChange]
    /// Colleagues whose champion changed, who gained one or who lost one.
    public var champions: [ChampionChange]
    public var newChampions: [PersonName]
    public var droppedChampions: [PersonName]
    /// Training groups of the school (its own or pooled) that appeared or disappeared, by id.
    public var newGroups: [String] = []
    public var droppedGroups: [String] = []
    /// Its groups' sessions that moved, appeared or disappeared, in group order.
    public var sessions: [SessionChange] = []
    /// Staff of the school in the new version only, and in the old version only, in plan order.
    public var joined: [PersonName] = []
    public var left: [PersonName] = []
}

public struct PersonName: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
}

public struct TrainingChange: Sendable, Codable, Equatable {
    public var person: PersonName
    /// nil where the person is not in the plan.
    public var old: GroupPlace?
    public var new: GroupPlace?
}

public struct GroupPlace: Sendable, Codable, Equatable {
    /// The programme (the rollout it prepares for) the group belongs to: someone two rollouts
    /// reach has a place in each, compared one programme at a time.
    public var programme: String
    public var group: String
    public var track: String
    public var trackName: String
}

public struct ChampionChange: Sendable, Codable, Equatable {
    public var colleague: PersonName
    public var old: PersonName?
    public var new: PersonName?
    /// Why the colleague has no champion now, when they have none.
    public var reason: UnassignedColleague.Reason?
}

/// Compares who is in which training group and who supports whom, school by school.
struct PeopleComparison {
    let old: ImprovementPlan
    let new: ImprovementPlan
    /// Plans for different school years: their sessions fall in different years, and are not compared.
    var acrossYears = false

    /// Schools in the new plan's order, then schools only the old plan has; only those with changes.
    func compare() -> [SchoolPeopleChanges] {
        let oldPeople = People(old), newPeople = People(new)
        let newIDs = Set(new.staff.map(\.id))
        let everyone = new.staff + old.staff.filter { !newIDs.contains($0.id) }
        let newSchools = Set(new.schools.map(\.id))
        let schools = new.schools.map { ($0.id, $0.name) } + old.schools.filter { !newSchools.contains($0.id) }.map { ($0.id, $0.name) }
        var bySchool: [String: SchoolPeopleChanges] = [:]
        let none = SchoolPeopleChanges(school: "", name: "", training: [], champions: [], newChampions: [], droppedChampions: [])
        let counterparts = groupCounterparts(oldPeople)
        let unassigned = Dictionary(new.champions.unassigned.map { ($0.staff, $0.reason) }, uniquingKeysWith: { a, _ in a })
        // Programmes in the new plan's order, then those only the old plan has.
        var order: [String: Int] = [:]
        for programme in new.training.programmes + old.training.programmes where order[programme.id] == nil { order[programme.id] = order.count }
        let oldIDs = Set(old.staff.map(\.id))
        for person in new.staff where !oldIDs.contains(person.id) {
            bySchool[person.school, default: none].joined.append(PersonName(id: person.id, name: person.name))
        }
        for person in old.staff where !newIDs.contains(person.id) {
            bySchool[person.school, default: none].left.append(PersonName(id: person.id, name: person.name))
        }
        for person in everyone {
            let name = PersonName(id: person.id, name: person.name)
            let wasIn = oldPeople.place[person.id] ?? [:], nowIn = newPeople.place[person.id] ?? [:]
            let programmes = Set(wasIn.keys).union(nowIn.keys).sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
            for programme in programmes {
                let was = wasIn[programme], now = nowIn[programme]
                if was?.track != now?.track || now.map({ counterparts[$0.group] }) != was.map(\.group) {
                    bySchool[person.school, default: none].training.append(TrainingChange(person: name, old: was, new: now))
                }
            }
            // Someone who left the plan is told once, under training.
            let before = oldPeople.championOf[person.id], after = newPeople.championOf[person.id]
            if before != after, newIDs.contains(person.id) {
                bySchool[person.school, default: none].champions.append(ChampionChange(
                    colleague: name, old: before.map(oldPeople.name), new: after.map(newPeople.name),
                    reason: after == nil ? unassigned[person.id] : nil))
            }
        }
        for assignment in new.champions.assignments where !oldPeople.champions.contains(assignment.champion) {
            bySchool[assignment.school, default: none].newChampions.append(newPeople.name(assignment.champion))
        }
        for assignment in old.champions.assignments where !newPeople.champions.contains(assignment.champion) {
            bySchool[assignment.school, default: none].droppedChampions.append(oldPeople.name(assignment.champion))
        }
        for (school, changes) in SessionComparison(old: old, new: new, counterparts: counterparts).compare() where !acrossYears {
            bySchool[school, default: none].newGroups = changes.newGroups
            bySchool[school, default: none].droppedGroups = changes.droppedGroups
            bySchool[school, default: none].sessions = changes.sessions
        }
        return schools.compactMap { id, name in
            guard var changes = bySchool[id] else { return nil }
            (changes.school, changes.name) = (id, name)
            return changes
        }
    }

    /// Each new group's counterpart among the old groups of its track, matched one to one by
    /// the most members in common: a group that is only renumbered, or that a newcomer joins,
    /// is the same group, and a split-off group is a new one.
    private func groupCounterparts(_ oldPeople: People) -> [String: String] {
        var pairs: [(new: String, old: String, shared: Int)] = []
        for group in new.training.groups {
            var shared: [String: Int] = [:]
            for member in group.members {
                if let was = oldPeople.place[member]?[group.programme], was.track == group.track { shared[was.group, default: 0] += 1 }
            }
            pairs += shared.map { (group.id, $0.key, $0.value) }
        }
        pairs.sort { ($1.shared, $0.new, $0.old) < ($0.shared, $1.new, $1.old) }
        var result: [String: String] = [:], taken = Set<String>()
        for pair in pairs where result[pair.new] == nil && !taken.contains(pair.old) {
            result[pair.new] = pair.old
            taken.insert(pair.old)
        }
        return result
    }

    /// One version's people, and their training groups and champions, looked up by staff id.
    private struct People {
        let directory: PlannedPeople
        /// Each person's group in each programme they train in: staff id, then programme id.
        var place: [String: [String: GroupPlace]] = [:]
        var championOf: [String: String] = [:]
        var champions: Set<String> = []

        init(_ plan: ImprovementPlan) {
            directory = PlannedPeople(plan)
            place.reserveCapacity(plan.staff.count)
            championOf.reserveCapacity(plan.staff.count)
            let trackNames = Dictionary(plan.training.tracks.map { ($0.id, $0.nameInEnglish) }, uniquingKeysWith: { a, _ in a })
            for group in plan.training.groups {
                let here = GroupPlace(programme: group.programme, group: group.id, track: group.track, trackName: trackNames[group.track] ?? group.track)
                for member in group.members where place[member]?[group.programme] == nil { place[member, default: [:]][group.programme] = here }
            }
            for assignment in plan.champions.assignments {
                champions.insert(assignment.champion)
                for colleague in assignment.colleagues { championOf[colleague] = assignment.champion }
            }
        }

        func name(_ id: String) -> PersonName { PersonName(id: id, name: directory.name(id)) }
    }
}
