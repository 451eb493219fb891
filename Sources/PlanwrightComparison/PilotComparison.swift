import PlanwrightPlanning

/// A pilot's group that changed between two versions: who joined it and who left, school by
/// school, since a pilot is meant to hear from every school its rollout will reach.
public struct PilotGroupChange: Sendable, Codable, Equatable {
    /// The pilot milestone's id, and its title in the new version (the old one's when it is gone).
    public var pilot: String
    public var title: MilestoneTitle
    /// How many are in the group in each version; nil where the version has no group for the pilot.
    public var oldSize: Int?
    public var newSize: Int?
    /// Where the new version's group comes from (listed by the plan, or proposed by the planner).
    public var source: PilotGroup.Source?
    /// Only schools with someone joining or leaving: the new version's school order, then the old one's.
    public var schools: [PilotSchoolChange]
}

public struct PilotSchoolChange: Sendable, Codable, Equatable {
    public var school: String
    public var name: String
    /// In the group's order.
    public var joined: [PersonName]
    public var left: [PersonName]
}

/// Compares the pilot groups of two versions, matched by pilot milestone id.
enum PilotComparison {
    /// nil when neither version has a pilot group, or none changed its members.
    static func compare(_ old: ImprovementPlan, _ new: ImprovementPlan) -> [PilotGroupChange]? {
        let before = Dictionary((old.pilots ?? []).map { ($0.pilot, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary((new.pilots ?? []).map { ($0.pilot, $0) }, uniquingKeysWith: { a, _ in a })
        let order = (new.pilots ?? []).map(\.pilot) + (old.pilots ?? []).map(\.pilot).filter { after[$0] == nil }
        let titles = Dictionary((old.milestones + new.milestones).map { ($0.id, $0.title) }, uniquingKeysWith: { _, b in b })
        let oldStaff = Staff(old), newStaff = Staff(new)
        let schools = new.schools.map { ($0.id, $0.name) } + old.schools.filter { s in !new.schools.contains { $0.id == s.id } }.map { ($0.id, $0.name) }
        let changes: [PilotGroupChange] = order.compactMap { pilot in
            let was = before[pilot]?.members.map(\.staff) ?? [], now = after[pilot]?.members.map(\.staff) ?? []
            let wasSet = Set(was), nowSet = Set(now)
            var joined: [String: [PersonName]] = [:], left: [String: [PersonName]] = [:]
            for id in now where !wasSet.contains(id) { joined[newStaff.school(id), default: []].append(newStaff.name(id)) }
            for id in was where !nowSet.contains(id) { left[oldStaff.school(id), default: []].append(oldStaff.name(id)) }
            guard !joined.isEmpty || !left.isEmpty else { return nil }
            let known = Set(schools.map(\.0))
            // Someone whose school neither version names is listed under their school's id.
            let unknown = Set(joined.keys).union(left.keys).subtracting(known).sorted().map { ($0, $0) }
            let bySchool = (schools + unknown).compactMap { id, name -> PilotSchoolChange? in
                guard joined[id] != nil || left[id] != nil else { return nil }
                return PilotSchoolChange(school: id, name: name, joined: joined[id] ?? [], left: left[id] ?? [])
            }
            return PilotGroupChange(pilot: pilot, title: titles[pilot] ?? .written(pilot), oldSize: before[pilot]?.members.count,
                                    newSize: after[pilot]?.members.count, source: after[pilot]?.source, schools: bySchool)
        }
        return changes.isEmpty ? nil : changes
    }

    /// One version's staff: each one's name and school, by id.
    private struct Staff {
        let people: [String: (name: String, school: String)]

        init(_ plan: ImprovementPlan) {
            people = Dictionary(plan.staff.map { ($0.id, ($0.name, $0.school)) }, uniquingKeysWith: { a, _ in a })
        }

        func name(_ id: String) -> PersonName { PersonName(id: id, name: people[id]?.name ?? id) }
        func school(_ id: String) -> String { people[id]?.school ?? "" }
    }
}
