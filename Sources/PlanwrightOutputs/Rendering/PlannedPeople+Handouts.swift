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

    /// A group's members as one school's handout shows them: that school's own, and how many
    /// come from other schools. Each programme lists its groups again, so a school taking part
    /// in several keeps its page for its own people: a list already shown above for the same
    /// track is not written out again. The district plan lists everyone.
    func members(of group: TrainingGroup, at school: String, shown: inout Set<[String]>) -> String {
        let own = group.schools.count > 1 ? group.members.filter { person($0)?.school == school } : group.members
        let others = group.members.count - own.count
        let names = shown.insert([group.track] + own).inserted || own.isEmpty ? list(own) : "the same \(own.count) staff as above"
        return names + (others > 0 ? (own.isEmpty ? "" : ", and ") + "\(others) from other schools" : "")
    }

    /// Where a group meets, as a school's handout says it: a pooled group by how many schools it
    /// draws from, since its members from this school are the ones listed.
    func placeInBrief(_ group: TrainingGroup) -> String {
        let count = group.schools.filter { school($0) != nil }.count
        return count > 1 ? "pooled across \(count) schools" : place(group)
    }

    /// Where a group meets: its school, or the schools it pools from. Ids of schools the plan
    /// does not have are left out.
    func place(_ group: TrainingGroup) -> String {
        let names = group.schools.compactMap { school($0)?.name }
        return names.count == 1 ? names[0] : "pooled: " + names.joined(separator: ", ")
    }
}
