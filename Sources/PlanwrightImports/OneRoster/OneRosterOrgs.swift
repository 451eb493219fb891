import PlanwrightDocument
import PlanwrightModel

/// The schools of a OneRoster export: rows of orgs.csv whose `type` is `school`.
///
/// Districts and the orgs above them do not become schools. A department (or another org below a
/// school) is traced up its `parentSourcedId`s to the school it belongs to, so staff rostered to
/// "Science Department" are planned at its school; a chain that loops or breaks is reported once, at its org.
struct OneRosterOrgs {
    private(set) var schools: [School] = []
    /// Every org's type by sourcedId, so a user's org can be told apart: a school, the district, or unknown.
    private(set) var types: [String: String] = [:]
    /// False when orgs.csv could not be used, so users' orgs are not checked against it
    /// (that would only repeat the one problem once per user).
    private(set) var isKnown = false
    private(set) var diagnostics: [Diagnostic] = []
    /// The school each org below a school belongs to; absent when its chain is broken (and reported).
    private var schoolOfOrg: [String: String] = [:]
    private var untraced: Set<String> = []
    /// Orgs marked `tobedeleted` (a school closing), and the orgs below them.
    private var closed: Set<String> = []

    /// Org types that sit above schools in OneRoster: staff there are not at a school.
    static let aboveSchool: Set = ["district", "local", "state", "national"]

    /// Where a user's org puts them.
    enum Place: Equatable {
        case school(String)
        /// The district or another org above schools, with its type.
        case aboveSchool(String)
        /// An org below a school whose chain to a school is broken; already reported at the org.
        case untraced
        /// An org marked `tobedeleted`, or below one: its staff are left out, counted.
        case closed
        /// Not an org in orgs.csv.
        case unknown
    }

    init(_ file: CSVFile?) {
        guard var file else { return }
        defer { diagnostics = file.diagnostics + diagnostics }
        guard file.require(["sourcedId", "name", "type"], by: Message("roster_required_by_oneroster")) else { return }
        isKnown = true
        var firstRows = OneRosterIDs()
        var parents: [String: (parent: String, row: CSVRow)] = [:]
        var order: [String] = []
        var firstClosed: CSVRow?
        for row in file.rows {
            let id = row["sourcedId"] ?? "", type = row["type"] ?? "", name = row["name"] ?? ""
            guard !id.isEmpty else {
                diagnostics.append(.error(Message("roster_org_id_empty", ["row": .message(row.place)]), at: row.location(of: "sourcedId")))
                continue
            }
            if let duplicate = firstRows.duplicate(id, in: row) {
                diagnostics.append(duplicate)
                continue
            }
            if row["status"]?.lowercased() == "tobedeleted" {
                if closed.isEmpty {
                    firstClosed = row
                }
                closed.insert(id)
                continue
            }
            guard !type.isEmpty else {
                diagnostics.append(.error(Message("roster_org_type_empty", ["row": .message(row.place)]), at: row.location(of: "type")))
                continue
            }
            types[id] = type.lowercased()
            guard type.lowercased() == "school" else {
                if !Self.aboveSchool.contains(type.lowercased()) {
                    parents[id] = (row["parentSourcedId"] ?? "", row)
                    order.append(id)
                }
                continue
            }
            guard !name.isEmpty else {
                diagnostics.append(.error(Message("roster_school_name_empty", ["row": .message(row.place), "school": .text(Excerpt.of(id))]), at: row.location(of: "name")))
                continue
            }
            schools.append(School(id: id, name: name, grades: grades(row), needsSupport: [], principal: nil,
                                  location: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        let closedCount = closed.count
        for id in order { trace(id, parents: parents) }
        if let row = firstClosed {
            diagnostics.append(.note(Message("roster_closed_orgs_left_out", count: closedCount, ["file": .text(file.name), "row": .number(row.line)]),
                                     at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
    }

    /// The grades a school's row names, for exports that add OneRoster's `grades` (as classes.csv
    /// and users.csv write it, `KG,01,02`) to orgs.csv; empty when it does not, and the reader
    /// takes the grades of the school's students instead.
    private mutating func grades(_ row: CSVRow) -> GradeSet {
        var set = GradeSet()
        for code in (row["grades"] ?? "").split(separator: ",").map({ String($0).trimmingCSVSpaces }) where !code.isEmpty {
            switch OneRosterCodes.grade(code) {
            case let .grades(grades): set.bits |= grades.bits
            case .outsidePlan: continue
            case .unknown:
                diagnostics.append(.error(Message("roster_unknown_grade", ["row": .message(row.place), "grade": .text(Excerpt.of(code))]),
                                          at: row.location(of: "grades")))
            }
        }
        return set
    }

    /// Follows `id`'s parents up to a school. Each org is walked once: the whole chain takes the
    /// school found, or is marked broken, so a long or looping chain costs its length and no more.
    private mutating func trace(_ id: String, parents: [String: (parent: String, row: CSVRow)]) {
        var chain: [String] = [], onChain: Set<String> = []
        var current = id, school: String?
        walk: while true {
            if let known = schoolOfOrg[current] { school = known; break }
            if closed.contains(current) {
                closed.formUnion(chain)
                return
            }
            guard !untraced.contains(current), let (parent, row) = parents[current] else { break }
            chain.append(current)
            onChain.insert(current)
            let name: [String: Message.Value] = ["type": .text(Excerpt.of(types[current] ?? "org")), "org": .text(Excerpt.of(current))]
            let problem: Message
            switch types[parent] {
            case _ where closed.contains(parent):
                closed.formUnion(chain)  // below a closing school: closed with it, quietly
                return
            case "school":
                school = parent
                break walk
            case _ where parent.isEmpty:
                problem = row["parentSourcedId"] == nil ? Message("roster_org_no_parent_column", name) : Message("roster_org_parent_empty", name)
            case nil:
                problem = Message("roster_org_parent_unknown", name.merging(["parent": .text(Excerpt.of(parent))]) { $1 })
            case let parentType? where Self.aboveSchool.contains(parentType):
                problem = Message("roster_org_parent_above_school", name.merging(["parent": .text(Excerpt.of(parent)), "parent_type": .text(Excerpt.of(parentType))]) { $1 })
            case _ where onChain.contains(parent):
                let loop = Self.loopWords(Array(chain.drop { $0 != parent }) + [parent])
                problem = Message("roster_org_parents_loop", name.merging(["loop": .message(loop)]) { $1 })
            default:
                current = parent
                continue walk
            }
            diagnostics.append(.error(Message("roster_row_problem", ["row": .message(row.place), "problem": .message(problem)]), at: row.location(of: "parentSourcedId")))
            break
        }
        for org in chain {
            if let school { schoolOfOrg[org] = school } else { untraced.insert(org) }
        }
    }

    /// A loop as a message shows it: `'a' → 'b' → 'a'`; a loop through thousands of orgs shows its
    /// first and last few and counts the rest, so the message stays a line, not megabytes.
    static func loopWords(_ loop: [String]) -> Message {
        let shown = 6
        let quoted = { (id: String) in "'\(Excerpt.of(id))'" }
        guard loop.count > shown + 1 else { return Message("roster_loop", ["orgs": .text(loop.map(quoted).joined(separator: " → "))]) }
        return Message("roster_long_loop", count: loop.count - shown, ["first": .text(loop.prefix(3).map(quoted).joined(separator: " → ")),
                                                                       "last": .text(loop.suffix(3).map(quoted).joined(separator: " → "))])
    }

    /// Where org `id` places its staff.
    func place(_ id: String) -> Place {
        if closed.contains(id) { return .closed }
        guard let type = types[id] else { return .unknown }
        if type == "school" { return .school(id) }
        if let school = schoolOfOrg[id] { return .school(school) }
        if Self.aboveSchool.contains(type) { return .aboveSchool(type) }
        return .untraced
    }
}

/// The rows where each sourcedId was first used, so a second use is reported with the first.
struct OneRosterIDs {
    private var rows: [String: Int] = [:]

    /// An error for the second use of `id`, or nil on its first.
    mutating func duplicate(_ id: String, in row: CSVRow, column: String = "sourcedId") -> Diagnostic? {
        if let first = rows[id] {
            return .error(Message("roster_id_used_twice", ["row": .message(row.place), "column": .text(column), "id": .text(Excerpt.of(id)), "first": .number(first)]),
                          at: row.location(of: column),
                          notes: [.note(Message("roster_id_first_used", ["id": .text(Excerpt.of(id))]), at: SourceLocation(file: row.path, line: first, column: 1))])
        }
        rows[id] = row.line
        return nil
    }

    func contains(_ id: String) -> Bool { rows[id] != nil }
}
