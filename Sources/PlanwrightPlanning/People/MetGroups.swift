import PlanwrightModel

/// The groups a plan records as having met (`training: groups:`), as a programme's groups. Their
/// members are the people recorded who are still on the staff and in the programme's scope,
/// whatever track their comfort would put them in now: whoever attended keeps the group, and
/// the sessions it held keep their ids, however the staff list changes around them.
struct MetGroups {
    let plan: Plan

    /// The recorded groups of `programme`, in the order written, each in the track its id names
    /// (`<programme>.<track>-…`). A person recorded in two of them is in the first (`MetGroups+Problems`
    /// warns at the second). The recorded people the programme no longer reaches (who left, most
    /// often) are the group's `formerMembers`: they attended what it held. A group whose every
    /// member has left stays, as the record of what it held, with no one to train any more.
    func groups(of programme: String, tracks: [TrainingTrack], staff: [StaffMember]) -> [TrainingGroup] {
        let prefix = programme + "."
        let recorded = plan.training.groups.filter { $0.group.value.hasPrefix(prefix) }
        guard !recorded.isEmpty else { return [] }
        let inScope = Dictionary(staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let schoolOrder = Dictionary(plan.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var placed = Set<String>()
        var groups: [TrainingGroup] = []
        for met in recorded {
            let rest = met.group.value.dropFirst(prefix.count)
            // The longest track id that fits, so `fluent-plus-…` is not read as track `fluent`.
            guard let track = tracks.filter({ rest.hasPrefix($0.id + "-") }).max(by: { $0.id.count < $1.id.count }) else { continue }
            let members = met.members.compactMap { inScope[$0.id] }.filter { placed.insert($0.id).inserted }
                .sorted { (schoolOrder[$0.school.id] ?? .max, $0.id) < (schoolOrder[$1.school.id] ?? .max, $1.id) }
            let former = met.members.map(\.id).filter { inScope[$0] == nil && placed.insert($0).inserted }
            var schools = plan.schools.map(\.id).filter { id in members.contains { $0.school.id == id } }
            if members.isEmpty, let named = school(named: rest.dropFirst(track.id.count + 1)) { schools = [named] }
            groups.append(TrainingGroup(id: met.group.value, track: track.id, school: schools.count == 1 ? schools[0] : nil, schools: schools,
                                        members: members.map(\.id), facilitator: nil, programme: programme, membersRecorded: true,
                                        formerMembers: former.isEmpty ? nil : former))
        }
        return groups
    }

    /// The school a group's id names (`<school>-<n>`, as `TrainingGroups` numbers a school's
    /// groups), for a group nobody in which is on the staff any more: the longest school id
    /// that fits, so `cb-hs-1` is not read as school `cb`. Nil for a pooled group.
    private func school(named rest: Substring) -> String? {
        plan.schools.map(\.id).filter { id in
            rest.hasPrefix(id + "-") && Int(rest.dropFirst(id.count + 1)) != nil
        }.max { $0.count < $1.count }
    }
}
