import PlanwrightDocument
import PlanwrightModel

/// OneRoster 1.2's roles.csv: which role each user holds, and at which org.
///
/// A user may hold several roles (a teacher at two schools); the primary one decides,
/// or the first when none is marked primary.
struct OneRosterRoles {
    struct Assignment {
        var role: String
        var org: String
        var row: CSVRow
        /// Every org the user holds a role at, this assignment's first, so staff at several
        /// schools can be counted; `org` is where they are planned.
        var orgs: [String] = []
    }

    private(set) var byUser: [String: Assignment] = [:]
    /// Users with any row in roles.csv, even a broken one already reported.
    private(set) var listedUsers: Set<String> = []
    /// False when roles.csv could not be used; then no one's role is known.
    private(set) var isKnown = false
    private(set) var diagnostics: [Diagnostic] = []
    private var primaryUsers: Set<String> = []

    init(_ file: CSVFile) {
        var file = file
        defer { diagnostics = file.diagnostics + diagnostics }
        guard file.require(["userSourcedId", "role", "roleType", "orgSourcedId"], by: Message("roster_required_by_oneroster")) else { return }
        isKnown = true
        for row in file.rows where row["status"]?.lowercased() != "tobedeleted" {
            let user = row["userSourcedId"] ?? "", type = (row["roleType"] ?? "").lowercased()
            guard !user.isEmpty else {
                diagnostics.append(.error(Message("roster_role_user_empty", ["row": .message(row.place)]), at: row.location(of: "userSourcedId")))
                continue
            }
            listedUsers.insert(user)
            guard type == "primary" || type == "secondary" else {
                let problem = type.isEmpty ? Message("roster_role_type_empty", ["row": .message(row.place)])
                    : Message("roster_role_type_unknown", ["row": .message(row.place), "value": .text(Excerpt.of(row["roleType"]!))])
                diagnostics.append(.error(problem, at: row.location(of: "roleType")))
                continue
            }
            let isPrimary = type == "primary", org = row["orgSourcedId"] ?? ""
            let others = byUser[user]?.orgs ?? []
            guard byUser[user] == nil || (isPrimary && !primaryUsers.contains(user)) else {
                if !org.isEmpty, !others.contains(org) { byUser[user]?.orgs.append(org) }
                continue
            }
            byUser[user] = Assignment(role: row["role"] ?? "", org: org, row: row,
                                      orgs: (org.isEmpty ? [] : [org]) + others.filter { $0 != org })
            if isPrimary { primaryUsers.insert(user) }
        }
    }

    /// Warnings for roles of users that users.csv does not list, in roles.csv order.
    func rolesOfUnknownUsers(_ users: OneRosterIDs) -> [Diagnostic] {
        byUser.values.filter { !users.contains($0.row["userSourcedId"] ?? "") }
            .sorted { $0.row.line < $1.row.line }
            .map { .warning(Message("roster_role_user_unknown", ["row": .message($0.row.place), "user": .text(Excerpt.of($0.row["userSourcedId"] ?? ""))]),
                            at: $0.row.location(of: "userSourcedId")) }
    }
}
