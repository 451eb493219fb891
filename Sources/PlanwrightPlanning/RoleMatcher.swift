import PlanwrightModel

/// Finds who on the planning team holds a role the framework names ("edtech leader"),
/// whatever the district calls it ("Director of Digital Learning"). The framework's `roles:`
/// says which title words mean each role; a role it does not list is matched by its own name.
enum RoleMatcher {
    static func member(for role: String, in team: [TeamMember], titleWords: [String: [String]]) -> TeamMember? {
        let key = role.lowercased()
        let words = titleWords[key] ?? [key]
        for word in words {
            if let member = team.first(where: { $0.role.lowercased().contains(word) }) { return member }
        }
        return nil
    }
}
