import PlanwrightModel

/// District-wide staff (`school: district`) belong to no one school, so they are not trained
/// with whichever school the plan lists first: they form a group of district-wide staff of their
/// own, serving every school as a pooled group does. One or two in a track would be a group too
/// small to work together, so they join the group of the school with the most people in the
/// track, and the group records them (`districtWideJoined`) for the people page to say why.
extension TrainingGroups {
    /// Fewer district-wide staff than this in a track join a school's group.
    static let districtWideOwnGroup = 3

    /// The track's members without the district-wide staff, and those staff apart.
    static func apartFromDistrictWide(_ members: [StaffMember]) -> (schools: [StaffMember], districtWide: [StaffMember]) {
        (members.filter { !$0.districtWide }, members.filter(\.districtWide).sorted { $0.id < $1.id })
    }

    /// Adds the district-wide staff to `groups`: their own groups (`<programme>.<track>-district-<n>`,
    /// numbered skipping `taken`), or, when too few, the smallest group holding the most staff of
    /// the track's largest school (then the first school in the plan).
    func placeDistrictWide(_ districtWide: [StaffMember], in groups: [TrainingGroup], schoolStaff: [StaffMember],
                           track: TrainingTrack, programme: String, taken: Set<String>) -> [TrainingGroup] {
        guard !districtWide.isEmpty else { return groups }
        var groups = groups
        let ids = districtWide.map(\.id)
        let counts = Dictionary(grouping: schoolStaff, by: \.school.id).mapValues(\.count)
        let order = Dictionary(plan.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let largest = counts.keys.min { (-counts[$0]!, order[$0] ?? 0, $0) < (-counts[$1]!, order[$1] ?? 0, $1) }
        if districtWide.count < Self.districtWideOwnGroup, let largest,
           let joined = groups.indices.filter({ groups[$0].schools.contains(largest) })
               .min(by: { (groups[$0].members.count, $0) < (groups[$1].members.count, $1) }) {
            groups[joined].members += ids
            groups[joined].districtWideJoined = (groups[joined].districtWideJoined ?? []) + ids
            return groups
        }
        var number = 0
        for part in Self.split(districtWide, maxGroup: plan.training.maxGroup) {
            var id: String
            repeat {
                number += 1
                id = "\(programme).\(track.id)-\(Plan.districtWideSchool)-\(number)"
            } while taken.contains(id) || groups.contains { $0.id == id }
            groups.append(TrainingGroup(id: id, track: track.id, school: nil, schools: plan.schools.map(\.id),
                                        members: part.map(\.id), facilitator: nil, programme: programme, districtWide: true))
        }
        return groups
    }
}
