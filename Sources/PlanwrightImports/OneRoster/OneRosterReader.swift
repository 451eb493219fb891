import Foundation
import PlanwrightDocument
import PlanwrightModel

/// Reads schools and staff from a OneRoster CSV export (the roster format most student
/// information systems write), optionally with a staff survey merged in by staff id.
///
/// Version 1.1 puts each user's role in users.csv; 1.2 puts it in roles.csv, so the presence
/// of roles.csv decides. classes.csv, when there, adds the grades of each school's classes. A manifest.csv, when there is one, says whether the export is bulk or delta. Every problem is a diagnostic at the file's line, never a crash,
/// and all of them are collected rather than stopping at the first.
public struct OneRosterReader: Sendable {
    let limits: LoaderLimits
    /// Where the folder and the survey may be: the plan's tree when a plan names them.
    let tree: PlanTree

    public init(limits: LoaderLimits = .standard, inside tree: PlanTree = .anywhere) {
        self.limits = limits
        self.tree = tree
    }

    public struct Roster: Sendable {
        public var schools: [School] = []
        public var staff: [StaffMember] = []
    }

    /// The roster, with the texts of the CSV files read, so diagnostics can quote their lines.
    public typealias Result = Checked<Roster>

    /// `directory`: a OneRoster CSV folder (orgs.csv, users.csv, and roles.csv for 1.2).
    /// `survey`: optional path of a staff survey CSV merged in by staff id.
    /// `location`: where in the plan file the import was asked for (for "cannot read" errors);
    /// `surveyLocation`: where the survey is named, if not there.
    /// `delta`: whether a delta export (as manifest.csv says) is read or refused.
    public func read(directory: String, survey: String?, at location: SourceLocation, surveyAt surveyLocation: SourceLocation? = nil,
                     delta: DeltaExport = .refuse) -> Result {
        var result = Result(Roster())
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            let reason = !FileManager.default.fileExists(atPath: directory) ? Message("roster_no_such_folder")
                : directory.lowercased().hasSuffix(".zip") ? Message("roster_folder_is_zip") : Message("roster_folder_is_file")
            result.diagnostics.append(.error(Message("roster_cannot_read_folder", ["folder": .text(directory), "reason": .message(reason)]), at: location))
            return result
        }
        if case let .failure(problem) = tree.admit(directory) {
            result.diagnostics.append(.error(Message("roster_cannot_read_folder", ["folder": .text(directory), "reason": .message(problem.reason)]), at: location))
            return result
        }
        let manifestPath = Self.path(directory, "manifest.csv")
        if FileManager.default.fileExists(atPath: manifestPath), let file = open(manifestPath, Message("roster_the_oneroster_file"), at: location, into: &result) {
            let manifest = OneRosterManifest(file, delta: delta, plan: location)
            result.diagnostics += manifest.diagnostics
            guard !manifest.refuses else { return result }
        }
        let rolesPath = Self.path(directory, "roles.csv")
        let orgsFile = open(Self.path(directory, "orgs.csv"), Message("roster_the_oneroster_file"), at: location, into: &result)
        let usersFile = open(Self.path(directory, "users.csv"), Message("roster_the_oneroster_file"), at: location, into: &result)
        let rolesFile = FileManager.default.fileExists(atPath: rolesPath) ? open(rolesPath, Message("roster_the_oneroster_file"), at: location, into: &result) : nil
        let classesPath = Self.path(directory, "classes.csv")
        let classesFile = FileManager.default.fileExists(atPath: classesPath) ? open(classesPath, Message("roster_the_oneroster_file"), at: location, into: &result) : nil

        let orgs = OneRosterOrgs(orgsFile)
        result.schools = orgs.schools
        result.diagnostics += orgs.diagnostics
        let roles = rolesFile.map(OneRosterRoles.init)
        result.diagnostics += roles?.diagnostics ?? []
        let classes = orgs.isKnown ? classesFile.map { OneRosterClasses($0, orgs: orgs) } : nil
        result.diagnostics += classes?.diagnostics ?? []
        if let usersFile {
            let users = OneRosterUsers(usersFile, roles: roles, orgs: orgs)
            result.staff = users.staff
            for index in result.schools.indices {
                let id = result.schools[index].id
                result.schools[index].enrollment = users.enrollment.of(id)
                // Grade-scoped work (a device rollout for grades 3-5) reaches a school by its
                // grades; a school without them would be reached by every grade's work.
                if result.schools[index].grades.isEmpty {
                    result.schools[index].grades.bits = users.enrollment.grades(of: id).bits | (classes?.grades(of: id).bits ?? 0)
                }
            }
            result.diagnostics += users.diagnostics
            result.diagnostics += roles?.rolesOfUnknownUsers(users.ids) ?? []
            if !users.staff.isEmpty { result.diagnostics += Self.schoolsWithoutStaff(orgs.schools, staff: users.staff) }
        }
        if let survey, let surveyFile = open(survey, Message("survey_the_staff_survey"), at: surveyLocation ?? location, into: &result) {
            var reader = StaffSurveyReader()
            reader.merge(surveyFile, into: &result.staff)
            result.diagnostics += reader.diagnostics
        }
        return result
    }

    /// One warning naming the schools no one on the staff works at: nothing is planned there, and
    /// a school missing from a training plan is easy not to notice.
    private static func schoolsWithoutStaff(_ schools: [School], staff: [StaffMember]) -> [Diagnostic] {
        let staffed = Set(staff.map(\.school.id))
        let empty = schools.filter { !staffed.contains($0.id) }
        guard let first = empty.first else { return [] }
        let shown = 5
        // Joined by commas only, as a list of names (and ids) rather than a sentence's "a, b and c".
        let names = empty.prefix(shown).map { "\($0.name) ('\(Excerpt.of($0.id))')" }.joined(separator: ", ")
        let more = empty.count > shown ? Message.Value.message(Message("import_and_more", count: empty.count - shown)) : .text("")
        return [.warning(Message("roster_schools_without_staff", count: empty.count, ["schools": .text(names), "more": more]), at: first.location)]
    }

    /// The file parsed as CSV, or nil (and an error at the plan's position) when it cannot be read.
    private func open(_ path: String, _ what: Message, at location: SourceLocation, into result: inout Result) -> CSVFile? {
        switch SourceFiles.read(path, as: .csv, inside: tree, limits: limits) {
        case let .success(source):
            let file = CSVFile(source, name: URL(fileURLWithPath: path).lastPathComponent)
            result.sources.append(file.source)  // decoded to UTF-8, so its lines can be quoted
            return file
        case let .failure(problem):
            result.diagnostics.append(.error(Message("roster_cannot_read_file", ["what": .message(what), "path": .text(path), "reason": .message(problem.reason)]), at: location))
            return nil
        }
    }

    private static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}
