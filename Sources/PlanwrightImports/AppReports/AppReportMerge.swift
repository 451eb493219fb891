import PlanwrightDocument
import PlanwrightModel

/// Merges an app report's rows into the plan's tool inventory.
///
/// A row is a tool of the plan when its name (case, accents, spaces and punctuation aside), its
/// address's host, or its name read as an id matches one. The tool gains the row's count of
/// active users on the report's day, its address if the plan gives none, and where the report
/// shows it; what the plan also states (a privacy agreement, the schools it is used in) is compared, each
/// difference a warning at the plan's line naming the row. A row no tool matches becomes a tool
/// the plan does not list (unvetted): integration over addition starts with knowing what is in use.
struct AppReportMerge {
    /// The file's name as the plan writes it, for messages.
    let file: String
    let asOf: SchoolDate
    let schools: [School]

    private(set) var problems = DiagnosticCollector()
    private var schoolWords: SchoolWords
    private let schoolsByID: [String: School]
    /// Tools by each thing a row may match them by: name, host and id.
    private var byName: [String: Int] = [:]
    private var byHost: [String: Int] = [:]
    private var byID: [String: Int] = [:]
    /// The ids taken, so an unvetted tool's is new.
    private var slugs = ToolSlugs()
    /// The row that reported each tool, by the tool's position: a second row for it is a duplicate.
    private var reportedBy: [Int: Int] = [:]
    /// School names and statuses already warned about: once per name, not once per row.
    private var unknownSchools: Set<String> = []
    private var unknownStatuses: Set<String> = []

    init(file: String, asOf: SchoolDate, schools: [School]) {
        self.file = file
        self.asOf = asOf
        self.schools = schools
        schoolWords = SchoolWords(schools)
        schoolsByID = Dictionary(schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var diagnostics: [Diagnostic] { problems.diagnostics }

    mutating func merge(_ rows: [AppReportRow], into inventory: inout ToolInventory) {
        for position in inventory.tools.indices { register(inventory.tools[position], at: position) }
        for row in rows {
            checkStatus(row)
            let schools = schoolIDs(row)
            guard let index = match(row) else {
                let tool = unvetted(row, schools: schools)
                inventory.tools.append(tool)
                register(tool, at: inventory.tools.count - 1)
                reportedBy[inventory.tools.count - 1] = row.line
                continue
            }
            if let first = reportedBy[index] {
                warn(at: row.location) { .warning(Message("import_apps_same_app_twice", ["row": .message(row.place), "name": .text(Excerpt.of(row.name)), "first": .number(first)]), at: row.location) }
                continue
            }
            reportedBy[index] = row.line
            apply(row, schools: schools, to: &inventory.tools[index])
        }
    }

    // MARK: - Matching

    private mutating func register(_ tool: Tool, at index: Int) {
        slugs.take(tool.id)
        let name = Self.key(tool.name), id = Self.key(tool.id)
        if !name.isEmpty, byName[name] == nil { byName[name] = index }
        if !id.isEmpty, byID[id] == nil { byID[id] = index }
        if let host = tool.url.flatMap(AppHost.of), byHost[host] == nil { byHost[host] = index }
    }

    /// By name first, then by address, then by the plan's id ("i-Ready" is `iready`).
    private func match(_ row: AppReportRow) -> Int? {
        let key = Self.key(row.name)
        guard !key.isEmpty else { return row.host.flatMap { byHost[$0] } }
        return byName[key] ?? row.host.flatMap { byHost[$0] } ?? byID[key]
    }

    /// Names compare by their letters and digits alone, without case or accents: portals write
    /// "i-Ready", "iReady" and "I Ready" for one app, and "Kahoot!" for the plan's `kahoot`.
    private static func key(_ name: String) -> String {
        String(SchoolWords.fold(name).filter { $0.isLetter || $0.isNumber })
    }

    // MARK: - A tool of the plan

    private mutating func apply(_ row: AppReportRow, schools: [String], to tool: inout Tool) {
        tool.reported = row.location
        if tool.url == nil { tool.url = row.url }
        record(row.activeUsers, on: &tool)
        if let status = row.status, let reported = row.privacy {
            if let agreement = tool.privacy {
                if agreement.status.value != reported {
                    let message = Message("import_apps_privacy_differs", ["tool": .text(tool.id), "plan": .text(agreement.status.value.rawValue), "file": .text(file),
                                                                           "row": .number(row.line), "status": .text(Excerpt.of(status.value))])
                    warn(at: agreement.status.location) { .warning(message, at: agreement.status.location) }
                }
            } else {
                // The plan does not say: the portal's review is the best evidence there is.
                tool.privacy = PrivacyAgreement(status: Located(reported, at: status.location), location: status.location)
            }
        }
        let scope = tool.declaredScope.applied(to: .everyone)
        let at = tool.declaredScope.schools?.location ?? tool.declaredScope.grades?.location ?? tool.location
        for id in schools {
            guard let school = schoolsByID[id], !scope.includes(school: id, grades: school.grades) else { continue }
            let message = Message("import_apps_school_outside_scope", ["file": .text(file), "row": .number(row.line), "school": .text(id), "tool": .text(tool.id)])
            warn(at: at) { .warning(message, at: at) }
        }
    }

    /// The row's count, on the report's day, unless the plan already counts that day (its own count stands).
    private func record(_ count: Located<Int>?, on tool: inout Tool) {
        guard let count, !tool.activeUsers.contains(where: { $0.date == asOf }) else { return }
        let position = tool.activeUsers.firstIndex { $0.date > asOf } ?? tool.activeUsers.endIndex
        tool.activeUsers.insert(Observation(date: asOf, value: Double(count.value), at: count.location), at: position)
    }

    // MARK: - A tool the plan does not list

    private mutating func unvetted(_ row: AppReportRow, schools: [String]) -> Tool {
        var tool = Tool(id: slugs.make(from: row.name), name: row.name, location: row.location)
        tool.inPlan = false
        tool.reported = row.location
        tool.url = row.url
        tool.purpose = Located(ToolPurposeWords.purpose(of: row.tags), at: row.location)
        // Where it is most used is all the report says of where it is used: at least there.
        tool.scope = Scope(schools: schools)
        if let status = row.status, let privacy = row.privacy {
            tool.privacy = PrivacyAgreement(status: Located(privacy, at: status.location), location: status.location)
        }
        record(row.activeUsers, on: &tool)
        return tool
    }

    // MARK: - Cells read for both

    /// The row's most active schools that are the plan's, by id or name; the others are warned about once.
    private mutating func schoolIDs(_ row: AppReportRow) -> [String] {
        var ids: [String] = []
        for name in row.schools {
            if let id = schoolWords.school(name) {
                if !ids.contains(id) { ids.append(id) }
            } else if unknownSchools.insert(SchoolWords.fold(name)).inserted, let cell = row.schoolsCell {
                let message = Message("import_apps_school_unknown", ["row": .message(row.place), "school": .text(Excerpt.of(name)),
                                                                      "hint": ImportPhrases.didYouMean(name, in: schools.map(\.name))])
                warn(at: cell) { .warning(message, at: cell) }
            }
        }
        return ids
    }

    /// A status that is none of the words read is left out, and said once per wording.
    private mutating func checkStatus(_ row: AppReportRow) {
        guard let status = row.status, row.privacy == nil, unknownStatuses.insert(AppStatusWords.key(status.value)).inserted else { return }
        let message = Message("import_apps_status_unknown", ["row": .message(row.place), "status": .text(Excerpt.of(status.value)), "examples": .texts(AppStatusWords.examples)])
        warn(at: status.location) { .warning(message, at: status.location) }
    }

    private mutating func warn(at location: SourceLocation, line: Int = #line, _ make: () -> Diagnostic) {
        problems.add(.warning, at: location, site: #fileID, line: line, make)
    }
}
