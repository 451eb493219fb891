import PlanwrightModel

/// District-wide staff (`school: district`) who are colleagues, not candidates, belong to no one
/// school's champions: pairing them at whichever school the plan lists first would fill its
/// champions with people who are not its own. Each is paired with a champion chosen for the
/// district: their pinned one, else the champion with the fewest colleagues who has room (then by
/// id). A district-wide candidate is a candidate at their first school, as before.
extension ChampionMatcher {
    /// Whether `member` is paired by `pairDistrictWide` instead of at a school.
    func pairedForTheDistrict(_ member: StaffMember) -> Bool { member.districtWide && !isCandidate(member) }

    func pairDistrictWide(_ colleagues: [StaffMember], excluded: Set<String>,
                          assignments: inout [ChampionAssignment], unassigned: inout [UnassignedColleague]) {
        let cap = plan.champions.maxColleagues
        for member in colleagues.sorted(by: { $0.id < $1.id }) {
            guard !excluded.contains(member.id) else {
                unassigned.append(UnassignedColleague(staff: member.id, school: member.school.id, reason: .excluded))
                continue
            }
            let pinned = plan.champions.pins.first { $0.colleague.id == member.id }.flatMap { pin in
                assignments.firstIndex { $0.champion == pin.champion.id }
            }
            let leastLoaded = assignments.indices.filter { assignments[$0].colleagues.count < cap }
                .min { (assignments[$0].colleagues.count, assignments[$0].champion) < (assignments[$1].colleagues.count, assignments[$1].champion) }
            guard let chosen = pinned ?? leastLoaded else {
                unassigned.append(UnassignedColleague(staff: member.id, school: member.school.id,
                                                      reason: assignments.isEmpty ? .noChampionAtSchool : .championsFull))
                continue
            }
            assignments[chosen].colleagues.append(member.id)
        }
    }
}
