import PlanwrightDocument

/// Counts of users.csv rows that are read without a message of their own: closed accounts,
/// students and families, staff at several schools. Each kind is told once, counted, so a
/// state-scale export gives a few lines, not one per row, and an export with no staff says so.
struct OneRosterTally {
    var users = 0
    private var deleted = 0, disabled = 0
    private var firstSkipped: CSVRow?
    /// Users who are not staff the plan covers, by role as written (students, parents…), in first-seen order.
    private var others: [(role: String, count: Int)] = []
    private var multiSchool = 0
    private var firstMultiSchool: CSVRow?

    mutating func skip(_ row: CSVRow, deleted isDeleted: Bool) {
        if isDeleted { deleted += 1 } else { disabled += 1 }
        if firstSkipped == nil { firstSkipped = row }
    }

    mutating func notPlanned(_ role: String) {
        if let index = others.firstIndex(where: { $0.role.lowercased() == role.lowercased() }) {
            others[index].count += 1
        } else {
            others.append((role, 1))
        }
    }

    private var closedOrg = 0
    private var firstClosedOrg: CSVRow?

    private var untracedOrg = 0
    private var firstUntracedOrg: CSVRow?

    /// Staff whose org's chain of parents reaches no school (reported at the org).
    mutating func atUntracedOrg(_ row: CSVRow) {
        untracedOrg += 1
        if firstUntracedOrg == nil { firstUntracedOrg = row }
    }

    /// Staff whose only school is marked `tobedeleted` in orgs.csv.
    mutating func atClosedOrg(_ row: CSVRow) {
        closedOrg += 1
        if firstClosedOrg == nil { firstClosedOrg = row }
    }

    private var districtOffice = 0
    private var firstDistrictOffice: (row: CSVRow, org: String, type: String)?

    /// Staff whose only org is the district (or a state or other org above schools).
    mutating func atDistrictOffice(_ row: CSVRow, org: String, type: String) {
        districtOffice += 1
        if firstDistrictOffice == nil { firstDistrictOffice = (row, org, type) }
    }

    mutating func severalSchools(_ row: CSVRow) {
        multiSchool += 1
        if firstMultiSchool == nil { firstMultiSchool = row }
    }

    /// The notes, and when no one is staff, a warning saying what the file holds instead.
    func notes(file: CSVFile, staff: Int) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if let row = firstSkipped {
            let kinds = [(deleted, "marked 'tobedeleted'"), (disabled, "with 'enabledUser' false")].filter { $0.0 > 0 }
                .map { "\(Self.count($0.0, "user")) \($0.1)" }.joined(separator: " and ")
            notes.append(.note(english: "\(file.name): \(kinds) \(deleted + disabled == 1 ? "is" : "are") left out: their accounts are closed or being removed (the first is on row \(row.line))",
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstMultiSchool {
            notes.append(.note(english: "\(row.file): \(Self.count(multiSchool, "member")) of staff \(multiSchool == 1 ? "belongs" : "belong") to more than one school; each is planned at their primary school, or the first one listed when the export marks none (the first is on row \(row.line))",
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstUntracedOrg {
            notes.append(.note(english: "\(row.file): \(Self.count(untracedOrg, "member")) of staff \(untracedOrg == 1 ? "is" : "are") left out because their org leads to no school in orgs.csv, as reported there (the first is on row \(row.line))",
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let (row, org, type) = firstDistrictOffice {
            let who = districtOffice == 1 ? "1 member of staff works" : "\(DiagnosticCollector.grouped(districtOffice)) members of staff work"
            notes.append(.note(english: "\(row.file): \(who) at the district office rather than a school (the first on row \(row.line), at '\(Excerpt.of(org))', a \(Excerpt.of(type))); Planwright plans staff by school, so \(districtOffice == 1 ? "they are" : "they are all") left out",
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstClosedOrg {
            notes.append(.note(english: "\(row.file): \(Self.count(closedOrg, "member")) of staff \(closedOrg == 1 ? "works" : "work") only at orgs marked 'tobedeleted' in orgs.csv, so \(closedOrg == 1 ? "is" : "are") left out (the first is on row \(row.line))",
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if staff == 0, file.hasHeader {
            notes.append(.warning(english: "\(file.name) \(holdings); no teachers, aides or administrators to plan for", at: file.at(line: 1)))
        }
        return notes
    }

    /// `has 1,204 users, all students`, what users.csv holds when none of it is staff.
    private var holdings: String {
        guard users > 0 else { return "lists no users" }
        var parts = others.map { Self.count($0.count, Self.noun($0.role)) }
        if deleted + disabled > 0 { parts.append("\(DiagnosticCollector.grouped(deleted + disabled)) closed") }
        if closedOrg > 0 { parts.append("\(DiagnosticCollector.grouped(closedOrg)) at orgs marked 'tobedeleted'") }
        if untracedOrg > 0 { parts.append("\(DiagnosticCollector.grouped(untracedOrg)) at orgs that lead to no school") }
        if districtOffice > 0 { parts.append("\(DiagnosticCollector.grouped(districtOffice)) at the district office") }
        let read = others.reduce(0) { $0 + $1.count } + deleted + disabled + closedOrg + untracedOrg + districtOffice
        if read < users { parts.append("\(DiagnosticCollector.grouped(users - read)) with the problems above") }
        if others.count == 1, parts.count == 1 {
            return "has \(Self.count(users, "user")), all \(users == 1 ? Self.noun(others[0].role) : Self.plural(others[0].role))"
        }
        return "has \(Self.count(users, "user")): \(parts.joined(separator: ", "))"
    }

    private static func noun(_ role: String) -> String {
        switch role.lowercased() {
        case "systemadministrator": "system administrator"
        case let word where word.hasPrefix("ext:"): "user with role '\(Excerpt.of(role))'"
        default: role.lowercased()
        }
    }

    private static func plural(_ role: String) -> String {
        role.lowercased().hasPrefix("ext:") ? "users with role '\(Excerpt.of(role))'" : noun(role) + "s"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(DiagnosticCollector.grouped(number)) \(pluralized(noun))"
    }

    private static func pluralized(_ noun: String) -> String {
        if noun.hasPrefix("user with role") { return "users" + noun.dropFirst(4) }
        return noun + "s"
    }
}
