import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// OneRoster as rostering vendors export it: manifests, delta exports, departments, header rows
/// ending in empty names, closed accounts, staff at several schools, exports with no staff.
/// The fixtures are written in the column sets of OneRoster 1.1 and 1.2 (`Fixtures/oneroster/`).
struct OneRosterExportShapesTests {
    func read(_ folder: String, delta: DeltaExport = .refuse) -> OneRosterReader.Result {
        OneRosterReader().read(directory: Fixtures.url("oneroster/\(folder)").path, survey: nil,
                               at: OneRosterReaderTests.planLocation, delta: delta)
    }

    /// `file:line:column severity: message`, with the file's name only.
    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\(OneRosterReaderTests.file($0.location!)):\($0.location!.line):\($0.location!.column) \($0.severity.rawValue): \($0.message)" }
    }

    func staff(_ result: OneRosterReader.Result) -> [String] { result.staff.map(OneRosterReaderTests.describe) }

    @Test func aDeltaExportIsRefusedWithTheWayToABulkOne() {
        let result = read("delta")
        #expect(lines(result.diagnostics) == [
            "manifest.csv:16:12 error: manifest.csv row 16: users.csv is a delta export: it holds only what changed since the last export, not the whole roster, so Planwright does not read it; export the roster again as a bulk (full) export, or write 'delta: allow' under 'schools' to plan for only the people it lists",
        ])
        #expect(lines(result.diagnostics[0].notes) == ["plan.yaml:12:14 note: the plan reads the export here"])
        #expect(result.schools.isEmpty && result.staff.isEmpty)
    }

    @Test func anAllowedDeltaIsReadAsTheRosterWithoutItsDeletedRows() {
        let result = read("delta", delta: .allow)
        #expect(lines(result.diagnostics) == [
            "manifest.csv:16:12 note: manifest.csv row 16: users.csv is a delta export (only what changed since the last export); it is read as the roster, as the plan's 'delta: allow' asks, so only the people it lists are planned for",
            "users.csv:3:1 note: users.csv: 1 user marked 'tobedeleted' is left out: their accounts are closed or being removed (the first is on row 3)",
        ])
        #expect(staff(result) == [
            "u-501 Rae Moss | teacher @s-10(users.csv:2:44) | 3 | rmoss@harbor.example | users.csv:2",
            "u-503 Lou Bell | aide @s-20(users.csv:4:44) | - | - | users.csv:4",
        ])
    }

    @Test func aManifestValueNoVersionWritesIsAnErrorAndTheRestIsRead() {
        let result = read("bad-manifest")
        #expect(lines(result.diagnostics) == [
            "manifest.csv:5:12 error: manifest.csv row 5: 'file.users' is 'full'; OneRoster writes bulk, delta or absent",
            "orgs.csv:4:1 warning: orgs.csv: 1 school has no teachers, aides or administrators in the roster, so no one is trained there: Northgate Middle ('s-20')",
        ])
        #expect(result.staff.map(\.id) == ["u-1"])
    }

    /// Departments (and departments inside departments) lead to their school; a chain that breaks,
    /// loops or ends at the district is reported once, at the org, not once per member of staff.
    @Test func departmentsAreTracedToTheirSchool() {
        let result = read("departments")
        #expect(lines(result.diagnostics) == [
            "orgs.csv:8:44 error: orgs.csv row 8: department 'dep-lost' has 'parentSourcedId' 's-99', which is not an org in orgs.csv, so Planwright cannot tell which school its staff work at",
            "orgs.csv:10:36 error: orgs.csv row 10: the parents of department 'dep-b' go round in a loop ('dep-a' → 'dep-b' → 'dep-a') and never reach a school; fix 'parentSourcedId'",
            "orgs.csv:11:45 error: orgs.csv row 11: department 'dep-dist' belongs to 'd-1', a district rather than a school, so Planwright cannot tell which school its staff work at; name its school in 'parentSourcedId'",
            "orgs.csv:12:37 error: orgs.csv row 12: department 'dep-none' is not a school and its 'parentSourcedId' is empty, so Planwright cannot tell which school its staff work at; name its school in 'parentSourcedId'",
            "users.csv:5:1 note: users.csv: 4 members of staff are left out because their org leads to no school in orgs.csv, as reported there (the first is on row 5)",
        ])
        #expect(result.schools.map(\.id) == ["s-10", "s-30"])
        #expect(staff(result) == [
            "t-1 Jo Chen | teacher @s-30(users.csv:2:12) | 9-10 | jchen@harbor.example | users.csv:2",
            "t-2 Mia Ruiz | teacher @s-30(users.csv:3:12) | 11 | - | users.csv:3",
            "t-3 Kai Boyd | aide @s-10(users.csv:4:12) | K-1 | - | users.csv:4",
            "t-8 Ray Ho | teacher @s-10(users.csv:9:12) | 2 | - | users.csv:9",
        ])
    }

    /// A long chain of departments is walked once, not once per org: a loop through 20,000 orgs
    /// is one error, and a chain of 20,000 leading to a school places everyone.
    @Test func longAndLoopingDepartmentChainsAreBounded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 20_000
        var orgs = "sourcedId,name,type,parentSourcedId\ns-1,One School,school,\n"
        for index in 0..<count { orgs += "a-\(index),Dept,department,\(index == count - 1 ? "s-1" : "a-\(index + 1)")\n" }
        for index in 0..<count { orgs += "b-\(index),Dept,department,b-\((index + 1) % count)\n" }
        try orgs.write(to: folder.appendingPathComponent("orgs.csv"), atomically: true, encoding: .utf8)
        try "sourcedId,givenName,familyName,role,orgSourcedIds\nt-1,Ann,Lee,teacher,a-0\nt-2,Bo,Ng,teacher,b-5\n"
            .write(to: folder.appendingPathComponent("users.csv"), atomically: true, encoding: .utf8)
        let result = OneRosterReader().read(directory: folder.path, survey: nil, at: OneRosterReaderTests.planLocation)
        #expect(result.staff.map { "\($0.id) \($0.school.id)" } == ["t-1 s-1"])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("go round in a loop") == true)
        // The loop is named by its first and last orgs and a count, not all 20,000 (a 1.5 MB message at 100,000).
        #expect((errors.first?.message.count ?? .max) < 300, "\(errors.first?.message.count ?? 0) characters")
        #expect(errors.first?.message.contains(" → … 19,995 more … → ") == true, "\(errors.first?.message.prefix(300) ?? "")")
    }

    /// `…,orgSourcedId,,` (1.2 with roles.csv, BOM and CRLF): the empty names are no columns, rows
    /// ending in more or fewer empty values are read, and every role is found.
    @Test func trailingEmptyColumnsAndValuesAreTolerated() {
        let result = read("trailing-columns")
        #expect(result.diagnostics.isEmpty, "\(lines(result.diagnostics))")
        #expect(result.schools.map(\.id) == ["s-10", "s-20"])
        // 1.2's preferred first name is the name used; u-4 is a student.
        #expect(staff(result) == [
            "u-1 Alex Moss | teacher @s-10(roles.csv:2:39) | 2 | amoss@harbor.example | users.csv:2",
            "u-2 Tariq Khan | teacher @s-20(roles.csv:3:39) | 6-7 | - | users.csv:3",
            "u-3 Lou Bell | aide @s-20(roles.csv:4:26) | - | - | users.csv:4",
        ])
    }

    @Test func anExportOfStudentsOnlySaysThereIsNoOneToPlanFor() {
        let result = read("students-only")
        #expect(lines(result.diagnostics) == [
            "users.csv:1:1 warning: users.csv has 1,204 users, all students; no teachers, aides or administrators to plan for",
        ])
    }

    @Test func closedAccountsAreCountedInOneNoteAndAnEmptySchoolIsNamed() {
        let result = read("closed-accounts")
        #expect(lines(result.diagnostics) == [
            "users.csv:3:1 note: users.csv: 1 user marked 'tobedeleted' and 2 users with 'enabledUser' false are left out: their accounts are closed or being removed (the first is on row 3)",
            "orgs.csv:4:1 warning: orgs.csv: 1 school has no teachers, aides or administrators in the roster, so no one is trained there: Northgate Middle ('s-20')",
        ])
        #expect(result.staff.map(\.id) == ["t-1"])
    }

    /// A school marked `tobedeleted` (closing) is no school; staff who work only there, or in a
    /// department of it, are left out and counted; someone also at an open school goes there.
    @Test func aClosingSchoolIsLeftOutWithItsStaff() {
        let result = read("closed-school")
        #expect(lines(result.diagnostics) == [
            "orgs.csv:4:1 note: orgs.csv: 1 org marked 'tobedeleted' is left out, with the staff who work only there (the first is on row 4)",
            "users.csv:3:1 note: users.csv: 2 members of staff work only at orgs marked 'tobedeleted' in orgs.csv, so are left out (the first is on row 3)",
        ])
        #expect(result.schools.map(\.id) == ["s-10"])
        #expect(result.staff.map { "\($0.id) \($0.school.id)" } == ["t-1 s-10", "t-4 s-10"])
    }

    /// 1.1: the first org that leads to a school (a department leads to its own), one note for all.
    @Test func staffAtSeveralSchoolsArePlacedAtTheFirst() {
        let result = read("multi-school")
        #expect(lines(result.diagnostics) == [
            "users.csv:2:1 note: users.csv: 3 members of staff belong to more than one school; each is planned at their primary school, or the first one listed when the export marks none (the first is on row 2)",
        ])
        // t-2's district is not a school; t-5 lists the same school twice.
        #expect(result.staff.map { "\($0.id) \($0.school.id)" } == ["t-1 s-20", "t-2 s-10", "t-3 s-20", "t-4 s-10", "t-5 s-10"])
    }

    /// 1.2: `primaryOrgSourcedId` in users.csv decides, then the primary role, then the first role.
    @Test func staffAtSeveralSchoolsArePlacedAtTheirPrimaryOrg() {
        let result = read("multi-school-1.2")
        #expect(lines(result.diagnostics) == [
            "roles.csv:2:1 note: roles.csv: 2 members of staff belong to more than one school; each is planned at their primary school, or the first one listed when the export marks none (the first is on row 2)",
            "orgs.csv:3:1 warning: orgs.csv: 1 school has no teachers, aides or administrators in the roster, so no one is trained there: Bayside Elementary ('s-10')",
        ])
        #expect(staff(result) == [
            "t-1 Ana Diaz | teacher @s-20(users.csv:2:37) | - | - | users.csv:2",
            "t-2 Ben Ode | teacher @s-20(roles.csv:4:31) | - | - | users.csv:3",
        ])
    }

    @Test func aRowOfTheWrongLengthNamesTheLikelyCause() {
        let result = read("row-length")
        #expect(lines(result.diagnostics) == [
            "users.csv:3:12 error: users.csv row 3 has 7 values, but the first line names 6 columns: 'Lee, Jr.' looks like one value with a comma in it; put double quotes around it",
            "users.csv:4:31 error: users.csv row 4 has 8 values, but the first line names 6 columns and ends in a comma; a value with a comma in it needs double quotes around it, and the comma at the end may be one too many",
            "users.csv:6:1 error: users.csv row 6 has 4 values, but the first line names 6 columns; a value is missing, or a value with a line break in it needs double quotes around it",
            "orgs.csv:4:1 warning: orgs.csv: 1 school has no teachers, aides or administrators in the roster, so no one is trained there: Northgate Middle ('s-20')",
        ])
        // Row 5 ends in one comma too many, an empty value: it is read.
        #expect(result.staff.map(\.id) == ["t-1", "t-4"])
    }

    /// The plan's `delta: allow` reaches the reader; without it the same export is refused.
    @Test func thePlanDecidesWhetherADeltaIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-delta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample")
        let roster = folder.appendingPathComponent("roster")
        try FileManager.default.copyItem(at: sample, to: roster)
        try "propertyName,value\noneroster.version,1.1\nfile.orgs,bulk\nfile.users,delta\n"
            .write(to: roster.appendingPathComponent("manifest.csv"), atomically: true, encoding: .utf8)
        let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
            .replacingPresent("oneroster: oneroster-sample", with: "oneroster: roster")
            .replacingPresent("survey: oneroster-sample/", with: "survey: roster/")
        func load(_ yaml: String) -> PlanLoader.Result {
            PlanLoader().load(SourceText(path: folder.appendingPathComponent("p.yaml").path, bytes: Array(yaml.utf8)))
        }
        let refused = load(text)
        #expect(refused.diagnostics.contains { $0.severity == .error && $0.message.contains("users.csv is a delta export") })
        let allowed = load(text.replacingPresent("  oneroster: roster\n", with: "  oneroster: roster\n  delta: allow\n"))
        #expect(!allowed.diagnostics.hasErrors, "\(allowed.diagnostics.map(\.message))")
        #expect(allowed.plan?.staff.count == 24)
        let misspelt = load(text.replacingPresent("  oneroster: roster\n", with: "  oneroster: roster\n  delta: yes\n"))
        #expect(misspelt.diagnostics.contains { $0.severity == .error && $0.location?.line == 57 })
    }

    /// Paths a plan writes are joined to the plan's folder as text, as the user would type them.
    @Test func pathsArePrintedAsTheUserWouldWriteThem() {
        #expect(SourceFiles.path("../samples/users.csv", relativeTo: "plan.yaml") == "../samples/users.csv")
        #expect(SourceFiles.path("../samples", relativeTo: "./plan.yaml") == "../samples")
        #expect(SourceFiles.path("./roster", relativeTo: "plan.yaml") == "roster")
        #expect(SourceFiles.path("../samples", relativeTo: "Plans/plan.yaml") == "Plans/../samples")
        #expect(SourceFiles.path("roster", relativeTo: "/srv/plans/plan.yaml") == "/srv/plans/roster")
        #expect(SourceFiles.path("roster", relativeTo: "/plan.yaml") == "/roster")
        #expect(SourceFiles.path("/data/roster", relativeTo: "Plans/plan.yaml") == "/data/roster")
    }
}
