import PlanwrightDocument
import PlanwrightModel

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
        var usable = file.require(required, by: Message("roster_required_by_oneroster"))
        if roles == nil, file.hasHeader, !file.has("role") {
            // Said plainly, because the fix depends on which OneRoster version the export is.
            diagnostics.append(.error(Message("roster_no_role_column", ["file": .text(file.name)]),
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
            diagnostics.append(.error(Message("roster_user_id_empty", ["row": .message(row.place)]), at: row.location(of: "sourcedId")))
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
            diagnostics.append(.error(Message("roster_user_name_empty", ["row": .message(row.place), "who": .message(Self.this(role))]),
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
            diagnostics.append(.error(Message("roster_enabled_user_unknown", ["row": .message(row.place), "value": .text(Excerpt.of(other))]), at: row.location(of: "enabledUser")))
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
            diagnostics.append(.warning(Message("roster_user_without_role_row", ["row": .message(row.place), "user": .text(Excerpt.of(id))]),
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
            diagnostics.append(.error(Message("roster_role_empty", ["row": .message(row.place)]), at: row.location(of: cell.roleColumn)))
        case .unknown:
            let hint = ImportPhrases.didYouMean(cell.role, in: OneRosterCodes.roleNames)
            diagnostics.append(.error(Message("roster_role_unknown", ["row": .message(row.place), "role": .text(Excerpt.of(cell.role)), "hint": hint]), at: row.location(of: cell.roleColumn)))
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
            diagnostics.append(.error(Message("roster_user_org_empty", ["row": .message(row.place), "column": .text(cell.orgColumn), "who": .message(Self.this(role))]), at: location))
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
            diagnostics.append(.error(Message("roster_user_org_unknown", ["row": .message(row.place), "column": .text(cell.orgColumn), "org": .text(Excerpt.of(cell.orgs[index])),
                                                "who": .message(Self.this(role))]),
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
            diagnostics.append(.error(Message("roster_unknown_grade", ["row": .message(row.place), "grade": .text(Excerpt.of(code))]),
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

    /// "this teacher", the person a row's problem leaves without a name or a school.
    private static func this(_ role: StaffRole) -> Message {
        switch role {
        case .teacher: Message("roster_this_teacher")
        case .aide: Message("roster_this_aide")
        case .specialist: Message("roster_this_specialist")
        case .coach: Message("roster_this_coach")
        case .librarian: Message("roster_this_librarian")
        case .counselor: Message("roster_this_counselor")
        case .administrator: Message("roster_this_administrator")
        case .other: Message("roster_this_other")
        }
    }
}
