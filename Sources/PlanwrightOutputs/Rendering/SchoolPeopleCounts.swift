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

    var sentence: String {
        // "0 staff; no training groups; no champion yet" counted what the plan never listed.
        guard staff > 0 else {
            return "The plan lists no staff at this school" + (districtWide > 0 ? "; \(districtWideWords)" : "")
        }
        var parts: [String] = []
        // "8 staff (1 shared with Cedar Bluff High School)": counted here and at their other schools.
        let people = Self.count(staff, "member of staff", "staff")
            + (shared > 0 ? " (\(shared) shared with \(sharedWith.joinedAsList()))" : "")
        switch (groups, inGroups) {
        case (0, _): parts.append("\(people); no training groups")
        case (_, staff): parts.append("\(people) in \(Self.count(groups, "training group", "training groups"))")
        default: parts.append("\(people), \(inGroups) of them in \(Self.count(groups, "training group", "training groups"))")
        }
        switch champions {
        case 0: parts.append("no champion yet")
        case 1: parts.append("1 champion supports \(Self.count(supported, "colleague", "colleagues"))\(supportedApart)")
        default: parts.append("\(champions) champions support \(Self.count(supported, "colleague", "colleagues"))\(supportedApart)")
        }
        if without > 0 { parts.append("\(Self.count(without, "colleague", "colleagues")) still without a champion") }
        if reserves > 0 { parts.append(Self.count(reserves, "reserve champion", "reserve champions")) }
        if districtWide > 0 { parts.append(districtWideWords) }
        return parts.joined(separator: "; ")
    }

    /// " (2 of them district-wide)": colleagues beyond the school's own staff count.
    private var supportedApart: String {
        supportedDistrictWide == 0 ? "" : " (\(supportedDistrictWide) of them district-wide)"
    }

    /// District-wide staff serve the school but are none of its own: counted apart.
    private var districtWideWords: String {
        "\(Self.count(districtWide, "district-wide member of staff", "district-wide staff")) also \(Plural.verb(districtWide, "serves", "serve")) every school"
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { Plural.count(n, one, many) }
}
