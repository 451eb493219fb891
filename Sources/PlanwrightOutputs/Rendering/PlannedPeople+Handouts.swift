import PlanwrightPlanning

/// People as handouts and the terminal write them.
extension PlannedPeople {
    /// Empty for someone without an email address, or not in the plan.
    func email(_ id: String) -> String { person(id)?.email ?? "" }

    func list(_ ids: [String]) -> String { ids.map(name).joined(separator: ", ") }

    /// Where a group meets: its school, or the schools it pools from. Ids of schools the plan
    /// does not have are left out.
    func place(_ group: TrainingGroup) -> String {
        let names = group.schools.compactMap { school($0)?.name }
        return names.count == 1 ? names[0] : "pooled: " + names.joined(separator: ", ")
    }
}
