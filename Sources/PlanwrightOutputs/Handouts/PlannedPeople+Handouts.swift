import PlanwrightPlanning

/// People as handouts and the terminal write them.
extension PlannedPeople {
    /// Empty for someone without an email address, or not in the plan.
    func email(_ id: String) -> String { person(id)?.email ?? "" }

    func list(_ ids: [String]) -> String { ids.map(name).joined(separator: ", ") }

    /// A group's members as a list shows them. A pooled group's members do not share a school,
    /// and a facilitator needs to know who comes from where: each run of members from one school
    /// is followed by its name, once, so a one-page handout keeps room for the list.
    func members(of group: TrainingGroup) -> String {
        guard group.schools.count > 1 else { return list(group.members) }
        var runs: [(school: String?, names: [String])] = []
        for id in group.members {
            let school = person(id).flatMap { self.school($0.school)?.name }
            if let last = runs.last, last.school == school { runs[runs.count - 1].names.append(name(id)) }
            else { runs.append((school, [name(id)])) }
        }
        return runs.map { run in run.names.joined(separator: ", ") + (run.school.map { " (\($0))" } ?? "") }.joined(separator: "; ")
    }

    /// Where a group meets: its school, or the schools it pools from. Ids of schools the plan
    /// does not have are left out.
    func place(_ group: TrainingGroup) -> String {
        // Not "pooled: every school's name": its people belong to none of them.
        if group.districtWide == true { return "district-wide staff, for every school" }
        let names = group.schools.compactMap { school($0)?.name }
        return names.count == 1 ? names[0] : "pooled: " + names.joined(separator: ", ")
    }
}
