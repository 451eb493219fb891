import PlanwrightDocument

/// The staff of a OneRoster export: users.csv rows of teachers, aides and administrators.
///
/// OneRoster 1.1 writes each user's role and orgs in users.csv; 1.2 moves them to roles.csv,
/// passed here as `roles`. Students are counted by school and grade (`enrollment`), not planned;
/// families and disabled or deleted accounts are skipped.
struct OneRosterUsers {
    private(set) var staff: [StaffMember] = []
    /// Every sourcedId in users.csv, staff or not, so roles and survey rows can be checked against it.
    private(set) var ids = OneRosterIDs()
    private(set) var diagnostics: [Diagnostic] = []
    /// The open student accounts, counted at their schools.
    private(set) var enrollment = OneRosterEnrollment()
    /// What became of the rows that are not staff, told in one note each rather than per row.
    private var tally = OneRosterTally()

    /// Where a user's role and school were written: users.csv in 1.1, roles.csv in 1.2.
    private struct RoleCell {
        var role: String
        var roleRow: CSVRow
        var roleColumn: String
        var orgs: [String]
        var orgRow: CSVRow
        var orgColumn: String
    }

    init(_ file: CSVFile, roles: OneRosterRoles?, orgs: OneRosterOrgs) {
        var file = file
        defer { diagnostics = file.diagnostics + diagnostics }
        let required = ["sourcedId", "givenName", "familyName"] + (roles == nil ? ["orgSourcedIds"] : [])
        var usable = file.require(required, by: "OneRoster requires")
        if roles == nil, file.hasHeader, !file.has("role") {
            // Said plainly, because the fix depends on which OneRoster version the export is.
            diagnostics.append(.error(english: "\(file.name) has no column 'role' and there is no roles.csv beside it, so no one's role is known; OneRoster 1.1 puts the role in users.csv, 1.2 in roles.csv",
                                      at: file.at(line: 1)))
            usable = false
        }
        guard usable, roles?.isKnown != false else { return }
        for row in file.rows {
            if let member = read(row, roles: roles, orgs: orgs) { staff.append(member) }
        }
        diagnostics += tally.notes(file: file, staff: staff.count) + enrollment.notes()
    }

    private mutating func read(_ row: CSVRow, roles: OneRosterRoles?, orgs: OneRosterOrgs) -> StaffMember? {
        guard let id = row["sourcedId"], !id.isEmpty else {
            diagnostics.append(.error(english: "\(row.prefix) 'sourcedId' is empty, so this user cannot be named", at: row.location(of: "sourcedId")))
            return nil
        }
        if let duplicate = ids.duplicate(id, in: row) {
            diagnostics.append(duplicate)
            return nil
        }
        tally.users += 1
        if row["status"]?.lowercased() == "tobedeleted" {
            tally.skip(row, deleted: true)
            return nil
        }
        guard isEnabled(row) else {
            tally.skip(row, deleted: false)
            return nil
        }
        guard let cell = roleCell(row, id: id, roles: roles) else { return nil }
        if OneRosterCodes.role(cell.role) == .student {
            tally.notPlanned(cell.role)  // still told with the other users who are not staff, when no one is
            let codes = gradeCodes(row)
            // A code OneRoster does not define leaves the student in no grade, told in the
            // enrollment's note rather than as an error: the plan is not made for students.
            enrollment.add(row, orgs: cell.orgs, at: cell.orgRow, grades: codes.unknown.isEmpty ? codes.grades : GradeSet(), in: orgs)
            return nil
        }
        guard let role = staffRole(cell) else { return nil }
        let name = [first(row, "preferredFirstName", "preferredGivenName", "givenName"),
                    first(row, "preferredLastName", "preferredFamilyName", "familyName")].filter { !$0.isEmpty }.joined(separator: " ")
        guard !name.isEmpty else {
            diagnostics.append(.error(english: "\(row.prefix) 'givenName' and 'familyName' are both empty, so this \(role.rawValue) has no name",
                                      at: row.location(of: "givenName")))
            return nil
        }
        guard let school = school(cell, role: role, orgs: orgs, primary: row) else { return nil }
        let email = row["email"].flatMap { $0.isEmpty ? nil : $0 }
        return StaffMember(id: id, name: name, school: school, role: role, subjects: [], grades: grades(row),
                           comfort: nil, champion: .no, email: email,
                           location: SourceLocation(file: row.path, line: row.line, column: 1))
    }

    /// The first of `columns` with a value: OneRoster 1.2's preferred names before the legal ones
    /// (1.2 spells them preferredFirstName and preferredLastName; some exports write Given and Family).
    private func first(_ row: CSVRow, _ columns: String...) -> String {
        columns.lazy.compactMap { row[$0] }.first { !$0.isEmpty } ?? ""
    }

    /// OneRoster's `enabledUser` is true or false; a disabled account is someone who has left.
    private mutating func isEnabled(_ row: CSVRow) -> Bool {
        switch row["enabledUser"]?.lowercased() {
        case nil, "", "true": return true
        case "false": return false
        case let other?:
            diagnostics.append(.error(english: "\(row.prefix) 'enabledUser' is '\(Excerpt.of(other))'; OneRoster writes true or false", at: row.location(of: "enabledUser")))
            return true
        }
    }

    private mutating func roleCell(_ row: CSVRow, id: String, roles: OneRosterRoles?) -> RoleCell? {
        guard let roles else {
            let orgs = (row["orgSourcedIds"] ?? "").split(separator: ",").map { String($0).trimmingCSVSpaces }.filter { !$0.isEmpty }
            return RoleCell(role: row["role"] ?? "", roleRow: row, roleColumn: "role", orgs: orgs, orgRow: row, orgColumn: "orgSourcedIds")
        }
        guard let assignment = roles.byUser[id] else {
            guard !roles.listedUsers.contains(id) else { return nil }  // its role row is broken, and reported
            diagnostics.append(.warning(english: "\(row.prefix) user '\(Excerpt.of(id))' has no row in roles.csv, so Planwright cannot tell whether they are staff; they are left out",
                                        at: row.location(of: "sourcedId")))
            return nil
        }
        return RoleCell(role: assignment.role, roleRow: assignment.row, roleColumn: "role",
                        orgs: assignment.orgs, orgRow: assignment.row, orgColumn: "orgSourcedId")
    }

    /// The staff role, or nil for families and the like (skipped quietly) and for unknown words (an error).
    private mutating func staffRole(_ cell: RoleCell) -> StaffRole? {
        let row = cell.roleRow
        switch OneRosterCodes.role(cell.role) {
        case let .staff(role): return role
        case .notPlanned, .student:
            tally.notPlanned(cell.role)
            return nil
        case .unknown where cell.role.isEmpty:
            diagnostics.append(.error(english: "\(row.prefix) 'role' is empty, so Planwright cannot tell whether this user is staff", at: row.location(of: cell.roleColumn)))
        case .unknown:
            let hint = Suggestion.didYouMean(cell.role, in: OneRosterCodes.roleNames)
            diagnostics.append(.error(english: "\(row.prefix) 'role' is '\(Excerpt.of(cell.role))', which is not a OneRoster role\(hint)", at: row.location(of: cell.roleColumn)))
        }
        return nil
    }

    /// The school of the user's primary org (1.2's `primaryOrgSourcedId`, or roles.csv's primary
    /// role), else of the first org that leads to a school; a department counts as its school.
    /// Staff who work only at the district are left out, counted in one note: the plan trains and
    /// pairs people by school.
    private mutating func school(_ cell: RoleCell, role: StaffRole, orgs: OneRosterOrgs, primary user: CSVRow) -> Reference? {
        let row = cell.orgRow, location = row.location(of: cell.orgColumn)
        guard let first = cell.orgs.first else {
            diagnostics.append(.error(english: "\(row.prefix) '\(cell.orgColumn)' is empty, so this \(role.rawValue) has no school", at: location))
            return nil
        }
        guard orgs.isKnown else { return Reference(first, at: location) }
        let places = cell.orgs.map(orgs.place)
        var schools: [String] = []
        for case let .school(school) in places where !schools.contains(school) { schools.append(school) }
        // 1.2's `primaryOrgSourcedId` names the user's main org outright; it decides when it
        // picks another of their schools than their primary role does.
        if case let .school(school) = orgs.place(user["primaryOrgSourcedId"] ?? ""), schools.dropFirst().contains(school) {
            tally.severalSchools(cell.orgRow)
            return Reference(school, at: user.location(of: "primaryOrgSourcedId"))
        }
        if let school = schools.first {
            if schools.count > 1 { tally.severalSchools(cell.orgRow) }
            return Reference(school, at: location)
        }
        if places.contains(.untraced) {
            tally.atUntracedOrg(row)  // the broken chain is reported at its org; the people it costs are counted
            return nil
        }
        if places.contains(.closed) {
            tally.atClosedOrg(row)
            return nil
        }
        if let index = places.firstIndex(of: .unknown) {
            diagnostics.append(.error(english: "\(row.prefix) '\(cell.orgColumn)' names '\(Excerpt.of(cell.orgs[index]))', which is not an org in orgs.csv, so this \(role.rawValue) has no school",
                                      at: location))
            return nil
        }
        // District-office staff are many in a real export (26 in one of nine schools) and
        // expected there: one note counts them, rather than a warning each.
        tally.atDistrictOffice(row, org: first, type: orgs.types[first] ?? "org")
        return nil
    }

    /// `grades` holds OneRoster codes separated by commas, such as `KG,01,02`.
    private mutating func grades(_ row: CSVRow) -> GradeSet {
        let codes = gradeCodes(row)
        for code in codes.unknown {
            diagnostics.append(.error(english: "\(row.prefix) 'grades' has '\(Excerpt.of(code))', which is not a OneRoster grade; write PK, KG, or 01 to 12, separated by commas",
                                      at: row.location(of: "grades")))
        }
        return codes.grades
    }

    /// The grades `grades` names from PK to 12, and the codes in it that are not OneRoster grades.
    private func gradeCodes(_ row: CSVRow) -> (grades: GradeSet, unknown: [String]) {
        var set = GradeSet(), unknown: [String] = []
        for code in (row["grades"] ?? "").split(separator: ",").map({ String($0).trimmingCSVSpaces }) where !code.isEmpty {
            switch OneRosterCodes.grade(code) {
            case let .grades(grades): set.bits |= grades.bits
            case .outsidePlan: continue
            case .unknown: unknown.append(code)
            }
        }
        return (set, unknown)
    }
}
