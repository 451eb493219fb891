import PlanwrightDocument

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
        guard file.require(["sourcedId", "name", "type"], by: "OneRoster requires") else { return }
        isKnown = true
        var firstRows = OneRosterIDs()
        var parents: [String: (parent: String, row: CSVRow)] = [:]
        var order: [String] = []
        var firstClosed: CSVRow?
        for row in file.rows {
            let id = row["sourcedId"] ?? "", type = row["type"] ?? "", name = row["name"] ?? ""
            guard !id.isEmpty else {
                diagnostics.append(.error(english: "\(row.prefix) 'sourcedId' is empty, so this org cannot be named", at: row.location(of: "sourcedId")))
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
                diagnostics.append(.error(english: "\(row.prefix) 'type' is empty; OneRoster writes school, district, department and the like", at: row.location(of: "type")))
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
                diagnostics.append(.error(english: "\(row.prefix) 'name' is empty, so school '\(Excerpt.of(id))' has no name", at: row.location(of: "name")))
                continue
            }
            schools.append(School(id: id, name: name, grades: grades(row), needsSupport: [], principal: nil,
                                  location: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        let closedCount = closed.count
        for id in order { trace(id, parents: parents) }
        if let row = firstClosed {
            let orgs = closedCount == 1 ? "1 org marked 'tobedeleted' is" : "\(DiagnosticCollector.grouped(closedCount)) orgs marked 'tobedeleted' are"
            diagnostics.append(.note(english: "\(file.name): \(orgs) left out, with the staff who work only there (the first is on row \(row.line))",
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
                diagnostics.append(.error(english: "\(row.prefix) 'grades' has '\(Excerpt.of(code))', which is not a OneRoster grade; write PK, KG, or 01 to 12, separated by commas",
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
            let type = Excerpt.of(types[current] ?? "org"), name = "\(type) '\(Excerpt.of(current))'"
            let problem: String
            switch types[parent] {
            case _ where closed.contains(parent):
                closed.formUnion(chain)  // below a closing school: closed with it, quietly
                return
            case "school":
                school = parent
                break walk
            case _ where parent.isEmpty:
                let found = row["parentSourcedId"] == nil ? "orgs.csv has no column 'parentSourcedId'" : "its 'parentSourcedId' is empty"
                problem = "\(name) is not a school and \(found), so Planwright cannot tell which school its staff work at; name its school in 'parentSourcedId'"
            case nil:
                problem = "\(name) has 'parentSourcedId' '\(Excerpt.of(parent))', which is not an org in orgs.csv, so Planwright cannot tell which school its staff work at"
            case let parentType? where Self.aboveSchool.contains(parentType):
                problem = "\(name) belongs to '\(Excerpt.of(parent))', a \(Excerpt.of(parentType)) rather than a school, so Planwright cannot tell which school its staff work at; name its school in 'parentSourcedId'"
            case _ where onChain.contains(parent):
                let loop = Self.loopWords(Array(chain.drop { $0 != parent }) + [parent])
                problem = "the parents of \(name) go round in a loop (\(loop)) and never reach a school; fix 'parentSourcedId'"
            default:
                current = parent
                continue walk
            }
            diagnostics.append(.error(english: "\(row.prefix) \(problem)", at: row.location(of: "parentSourcedId")))
            break
        }
        for org in chain {
            if let school { schoolOfOrg[org] = school } else { untraced.insert(org) }
        }
    }

    /// A loop as a message shows it: `'a' → 'b' → 'a'`; a loop through thousands of orgs shows its
    /// first and last few and counts the rest, so the message stays a line, not megabytes.
    static func loopWords(_ loop: [String]) -> String {
        let shown = 6
        let quoted = { (id: String) in "'\(Excerpt.of(id))'" }
        guard loop.count > shown + 1 else { return loop.map(quoted).joined(separator: " → ") }
        let hidden = loop.count - shown
        return (loop.prefix(3).map(quoted) + ["… \(DiagnosticCollector.grouped(hidden)) more …"] + loop.suffix(3).map(quoted)).joined(separator: " → ")
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
            return .error(english: "\(row.prefix) \(column) '\(Excerpt.of(id))' is already used on row \(first); each row needs its own",
                          at: row.location(of: column),
                          notes: [.note(english: "'\(Excerpt.of(id))' is first used here", at: SourceLocation(file: row.path, line: first, column: 1))])
        }
        rows[id] = row.line
        return nil
    }

    func contains(_ id: String) -> Bool { rows[id] != nil }
}
