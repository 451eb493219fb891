import PlanwrightDocument
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

    /// `groupsOf` maps a person to the groups they are a member of.
    init(staff ids: [String], groupsOf: [String: [TrainingGroup]], assignments: [ChampionAssignment], unassigned: [UnassignedColleague],
         reserves: Int) {
        staff = ids.count
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
        without = unassigned.lazy.filter { $0.reason != .excluded }.count
        self.reserves = reserves
    }

    var sentence: String {
        // "0 staff; no training groups; no champion yet" counted what the plan never listed.
        guard staff > 0 else { return "The plan lists no staff at this school" }
        var parts: [String] = []
        let people = Self.count(staff, "member of staff", "staff")
        switch (groups, inGroups) {
        case (0, _): parts.append("\(people); no training groups")
        case (_, staff): parts.append("\(people) in \(Self.count(groups, "training group", "training groups"))")
        default: parts.append("\(people), \(inGroups) of them in \(Self.count(groups, "training group", "training groups"))")
        }
        switch champions {
        case 0: parts.append("no champion yet")
        case 1: parts.append("1 champion supports \(Self.count(supported, "colleague", "colleagues"))")
        default: parts.append("\(champions) champions support \(Self.count(supported, "colleague", "colleagues"))")
        }
        if without > 0 { parts.append("\(Self.count(without, "colleague", "colleagues")) still without a champion") }
        if reserves > 0 { parts.append(Self.count(reserves, "reserve champion", "reserve champions")) }
        return parts.joined(separator: "; ")
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { Plural.count(n, one, many) }
}
