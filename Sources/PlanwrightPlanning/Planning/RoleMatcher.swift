import PlanwrightModel

/// Finds who on the planning team holds a role the framework names ("edtech leader"),
/// whatever the district calls it ("Director of Digital Learning").
enum RoleMatcher {
    /// Words that, in a team member's role, mean the framework's role. First match wins.
    static let synonyms: [String: [String]] = [
        "edtech leader": ["digital learning", "edtech", "educational technology", "instructional technology", "technology integration"],
        "it director": ["information technology", "it director", "technology director", "chief technology", "network"],
        "curriculum lead": ["curriculum", "instruction"],
        "principal": ["principal"],
        "superintendent": ["superintendent"],
        "tech coach": ["coach"],
        "teacher leader": ["teacher"],
        "data lead": ["data", "assessment", "accountability"],
    ]

    static func member(for role: String, in team: [TeamMember]) -> TeamMember? {
        let key = role.lowercased()
        let words = synonyms[key] ?? [key]
        for word in words {
            if let member = team.first(where: { $0.role.lowercased().contains(word) }) { return member }
        }
        return nil
    }
}
