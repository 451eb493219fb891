import PlanwrightPlanning

/// People as handouts and the terminal write them.
extension PlannedPeople {
    /// Empty for someone without an email address, or not in the plan.
    func email(_ id: String) -> String { person(id)?.email ?? "" }

    func list(_ ids: [String]) -> String { ids.map(name).joined(separator: ", ") }

    /// A group's members as a list shows them. A pooled group names each member's school too:
    /// its members do not share one, and a facilitator needs to know who comes from where.
    func members(of group: TrainingGroup) -> [String] {
        guard group.schools.count > 1 else { return group.members.map(name) }
        return group.members.map { id in
            person(id).flatMap { school($0.school)?.name }.map { "\(name(id)) (\($0))" } ?? name(id)
        }
    }

    /// Where a group meets: its school, or the schools it pools from. Ids of schools the plan
    /// does not have are left out.
    func place(_ group: TrainingGroup) -> String {
        let names = group.schools.compactMap { school($0)?.name }
        return names.count == 1 ? names[0] : "pooled: " + names.joined(separator: ", ")
    }
}
