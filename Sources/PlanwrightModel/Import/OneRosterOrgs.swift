import PlanwrightDocument

/// The schools of a OneRoster export: rows of orgs.csv whose `type` is `school`.
/// Districts, departments and other orgs are remembered but do not become schools.
struct OneRosterOrgs {
    private(set) var schools: [School] = []
    /// Every org's type by sourcedId, so a user's org can be told apart: a school, the district, or unknown.
    private(set) var types: [String: String] = [:]
    /// False when orgs.csv could not be used, so users' orgs are not checked against it
    /// (that would only repeat the one problem once per user).
    private(set) var isKnown = false
    private(set) var diagnostics: [Diagnostic] = []

    init(_ file: CSVFile?) {
        guard var file else { return }
        defer { diagnostics = file.diagnostics + diagnostics }
        guard file.require(["sourcedId", "name", "type"], by: "OneRoster requires") else { return }
        isKnown = true
        var firstRows = OneRosterIDs()
        for row in file.rows {
            let id = row["sourcedId"] ?? "", type = row["type"] ?? "", name = row["name"] ?? ""
            guard !id.isEmpty else {
                diagnostics.append(.error("\(row.prefix) 'sourcedId' is empty, so this org cannot be named", at: row.location(of: "sourcedId")))
                continue
            }
            if let duplicate = firstRows.duplicate(id, in: row) {
                diagnostics.append(duplicate)
                continue
            }
            guard !type.isEmpty else {
                diagnostics.append(.error("\(row.prefix) 'type' is empty; OneRoster writes school, district, department and the like", at: row.location(of: "type")))
                continue
            }
            types[id] = type.lowercased()
            guard type.lowercased() == "school" else { continue }
            guard !name.isEmpty else {
                diagnostics.append(.error("\(row.prefix) 'name' is empty, so school '\(Excerpt.of(id))' has no name", at: row.location(of: "name")))
                continue
            }
            schools.append(School(id: id, name: name, grades: GradeSet(), needsSupport: [], principal: nil,
                                  location: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
    }

    /// Whether `id` names a school; nil when orgs.csv lists no such org.
    func isSchool(_ id: String) -> Bool? {
        types[id].map { $0 == "school" }
    }
}

/// The rows where each sourcedId was first used, so a second use is reported with the first.
struct OneRosterIDs {
    private var rows: [String: Int] = [:]

    /// An error for the second use of `id`, or nil on its first.
    mutating func duplicate(_ id: String, in row: CSVRow, column: String = "sourcedId") -> Diagnostic? {
        if let first = rows[id] {
            return .error("\(row.prefix) \(column) '\(Excerpt.of(id))' is already used on row \(first); each row needs its own",
                          at: row.location(of: column),
                          notes: [.note("'\(Excerpt.of(id))' is first used here", at: SourceLocation(file: row.path, line: first, column: 1))])
        }
        rows[id] = row.line
        return nil
    }

    func contains(_ id: String) -> Bool { rows[id] != nil }
}
