import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// A school's people in numbers, as the handout and the people page both say them: "41 staff
/// in 4 training groups; 6 champions support 36 colleagues; 5 colleagues still without a
/// champion; 2 reserve champions". One sentence in one place, so the two pages never count differently.
struct SchoolPeopleCounts {
    var staff: Int
    /// Staff in at least one training group.
    var inGroups: Int
    /// Groups holding at least one of the school's staff, pooled ones included.
    var groups: Int
    var champions: Int
    /// Colleagues a champion supports.
    var supported: Int
    /// Colleagues left without a champion, not counting those the plan excludes.
    var without: Int
    /// Candidates the school does not need as champions now.
    var reserves: Int
    /// Of `staff`, those who also work at another school, and those schools' names in plan order.
    var shared = 0
    var sharedWith: [String] = []
    /// Staff who work for the whole district (`school: district`): at no school's count, said apart.
    var districtWide = 0
    /// Of `supported`, the district-wide colleagues paired with one of the school's champions.
    var supportedDistrictWide = 0

    /// `groupsOf` maps a person to the groups they are a member of.
    init(staff ids: [String], groupsOf: [String: [TrainingGroup]], assignments: [ChampionAssignment], unassigned: [UnassignedColleague],
         reserves: Int, shared: Int = 0, sharedWith: [String] = [], districtWide: Set<String> = []) {
        staff = ids.count
        self.shared = shared
        self.sharedWith = sharedWith
        self.districtWide = districtWide.count
        supportedDistrictWide = assignments.reduce(0) { $0 + $1.colleagues.lazy.filter(districtWide.contains).count }
        var groupIds = Set<String>()
        var inGroups = 0
        for id in ids {
            guard let groups = groupsOf[id], !groups.isEmpty else { continue }
            inGroups += 1
            groupIds.formUnion(groups.map(\.id))
        }
        self.inGroups = inGroups
        groups = groupIds.count
        champions = assignments.count
        supported = assignments.reduce(0) { $0 + $1.colleagues.count }
        // A district-wide colleague no champion had room for is recorded at their first school,
        // but is none of its own: their row says so, not this school's count.
        without = unassigned.lazy.filter { $0.reason != .excluded && !districtWide.contains($0.staff) }.count
        self.reserves = reserves
    }

    /// The sentence in the page's language, each count agreeing with its noun by the language's rule.
    func sentence(_ w: Wording = .english) -> String {
        // "0 staff; no training groups; no champion yet" counted what the plan never listed.
        guard staff > 0 else {
            return w(.peopleCountsNoStaff) + (districtWide > 0 ? "; " + districtWideWords(w) : "")
        }
        var parts: [String] = []
        // "8 staff (1 shared with Cedar Bluff High School)": counted here and at their other schools.
        let people = w.count(.staffCount, staff)
            + (shared > 0 ? " " + w.count(.peopleCountsSharedWith, shared, ["schools": w.list(sharedWith)]) : "")
        let groupWords = w.count(.trainingGroupCount, groups)
        switch (groups, inGroups) {
        case (0, _): parts.append(w(.peopleCountsNoGroups, ["staff": people]))
        case (_, staff): parts.append(w(.peopleCountsAllInGroups, ["staff": people, "groups": groupWords]))
        default: parts.append(w.count(.peopleCountsSomeInGroups, inGroups, ["staff": people, "groups": groupWords]))
        }
        if champions == 0 {
            parts.append(w(.peopleCountsNoChampion))
        } else {
            parts.append(w.count(.peopleCountsChampionsSupport, champions, ["colleagues": w.count(.colleagueCount, supported)]) + supportedApart(w))
        }
        if without > 0 { parts.append(w.count(.peopleCountsWithout, without)) }
        if reserves > 0 { parts.append(w.count(.reserveChampionCount, reserves)) }
        if districtWide > 0 { parts.append(districtWideWords(w)) }
        return parts.joined(separator: "; ")
    }

    /// " (2 of them district-wide)": colleagues beyond the school's own staff count.
    private func supportedApart(_ w: Wording) -> String {
        supportedDistrictWide == 0 ? "" : " " + w.count(.peopleCountsApartDistrictWide, supportedDistrictWide)
    }

    /// District-wide staff serve the school but are none of its own: counted apart.
    private func districtWideWords(_ w: Wording) -> String { w.count(.peopleCountsDistrictWide, districtWide) }

}
