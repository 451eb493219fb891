import PlanwrightDocument
import PlanwrightModel

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
        func first(_ row: CSVRow) -> [String: Message.Value] { ["file": .text(row.file), "row": .number(row.line)] }
        if let row = firstSkipped {
            let kinds: [Message.Value] = [deleted > 0 ? .message(Message("roster_users_marked_deleted", count: deleted)) : nil,
                                          disabled > 0 ? .message(Message("roster_users_disabled", count: disabled)) : nil].compactMap { $0 }
            notes.append(.note(Message("roster_closed_accounts_left_out", count: deleted + disabled, ["file": .text(file.name), "row": .number(row.line), "kinds": .list(kinds)]),
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstMultiSchool {
            notes.append(.note(Message("roster_staff_at_several_schools", count: multiSchool, first(row)), at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstUntracedOrg {
            notes.append(.note(Message("roster_staff_at_untraced_orgs", count: untracedOrg, first(row)), at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let (row, org, type) = firstDistrictOffice {
            notes.append(.note(Message("roster_staff_at_district_office", count: districtOffice,
                                       first(row).merging(["org": .text(Excerpt.of(org)), "type": .text(Excerpt.of(type))]) { $1 }),
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstClosedOrg {
            notes.append(.note(Message("roster_staff_at_closed_orgs", count: closedOrg, first(row)), at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if staff == 0, file.hasHeader {
            notes.append(.warning(Message("roster_no_staff", ["file": .text(file.name), "holdings": .message(holdings)]), at: file.at(line: 1)))
        }
        return notes
    }

    /// `has 1,204 users, all students`, what users.csv holds when none of it is staff.
    private var holdings: Message {
        guard users > 0 else { return Message("roster_lists_no_users") }
        var parts: [Message.Value] = others.map { .message(Message("roster_counted", ["count": .number($0.count), "who": .message(Self.noun($0.role, count: $0.count))])) }
        if deleted + disabled > 0 { parts.append(.message(Message("roster_counted_closed", count: deleted + disabled))) }
        if closedOrg > 0 { parts.append(.message(Message("roster_counted_at_closed_orgs", count: closedOrg))) }
        if untracedOrg > 0 { parts.append(.message(Message("roster_counted_at_untraced_orgs", count: untracedOrg))) }
        if districtOffice > 0 { parts.append(.message(Message("roster_counted_at_district_office", count: districtOffice))) }
        let read = others.reduce(0) { $0 + $1.count } + deleted + disabled + closedOrg + untracedOrg + districtOffice
        if read < users { parts.append(.message(Message("roster_counted_with_problems", count: users - read))) }
        if others.count == 1, parts.count == 1 {
            return Message("roster_users_all", count: users, ["who": .message(Self.noun(others[0].role, count: users))])
        }
        return Message("roster_users_are", count: users, ["kinds": ImportPhrases.commaSeparated(parts)])
    }

    /// The users of a role the plan does not cover, as a noun agreeing with `count`: "students".
    private static func noun(_ role: String, count: Int) -> Message {
        switch role.lowercased() {
        case "student": Message("roster_role_student", count: count)
        case "parent": Message("roster_role_parent", count: count)
        case "guardian": Message("roster_role_guardian", count: count)
        case "relative": Message("roster_role_relative", count: count)
        case "proctor": Message("roster_role_proctor", count: count)
        case "systemadministrator": Message("roster_role_system_administrator", count: count)
        default: Message("roster_role_other", count: count, ["role": .text(Excerpt.of(role))])
        }
    }
}
