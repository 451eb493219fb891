import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Broken exports: every problem is a diagnostic at its file, line and column, none stops the others.
struct OneRosterDiagnosticsTests {
    func read(_ folder: String, survey: String? = nil) -> OneRosterReader.Result {
        OneRosterReaderTests.read(folder, survey: survey)
    }

    /// `file:line:column severity: message`, with the file's name only.
    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let location = diagnostic.location.map { "\(OneRosterReaderTests.file($0)):\($0.line):\($0.column)" } ?? "-"
            return "\(location) \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    @Test func missingRequiredColumnsAreReportedOnTheHeaderLine() {
        let result = read("missing-column")
        #expect(lines(result.diagnostics) == [
            "orgs.csv:1:1 error: orgs.csv is missing the column 'sourcedId' that OneRoster requires",
            "users.csv:1:1 error: users.csv is missing the column 'familyName' that OneRoster requires",
        ])
        #expect(result.schools.isEmpty && result.staff.isEmpty)
    }

    @Test func withoutARoleColumnOrRolesCSVTheVersionIsExplained() {
        #expect(lines(read("no-role").diagnostics) == [
            "users.csv:1:1 error: users.csv has no column 'role' and there is no roles.csv beside it, so no one's role is known; OneRoster 1.1 puts the role in users.csv, 1.2 in roles.csv",
        ])
    }

    @Test func everyBadRowIsReportedAtItsLineAndColumn() {
        let result = read("bad-rows")
        #expect(lines(result.diagnostics) == [
            "orgs.csv:4:7 error: orgs.csv row 4: 'name' is empty, so school 'sch-b' has no name",
            "orgs.csv:5:1 error: orgs.csv row 5: sourcedId 'sch-a' is already used on row 3; each row needs its own",
            "users.csv:5:1 error: users.csv row 5 has 7 values, but the first line names 6 columns; a value with a comma in it needs double quotes around it",
            "users.csv:11:14 error: users.csv line 11: this value opens a double quote (\") that is never closed, so the rest of the file cannot be read; add the closing quote",
            "users.csv:3:21 error: users.csv row 3: 'orgSourcedIds' names 'sch-zz', which is not an org in orgs.csv, so this teacher has no school",
            "users.csv:4:21 error: users.csv row 4: 'orgSourcedIds' is empty, so this teacher has no school",
            "users.csv:6:1 error: users.csv row 6: sourcedId 't-1' is already used on row 2; each row needs its own",
            "users.csv:7:12 error: users.csv row 7: 'role' is 'techer', which is not a OneRoster role; did you mean 'teacher'?",
            "users.csv:8:27 error: users.csv row 8: 'grades' has 'fifth', which is not a OneRoster grade; write PK, KG, or 01 to 12, separated by commas",
            "users.csv:10:5 error: users.csv row 10: 'givenName' and 'familyName' are both empty, so this aide has no name",
            "users.csv:9:1 note: users.csv: 1 member of staff works at the district office rather than a school (the first on row 9, at 'dist-1', a district); Planwright plans staff by school, so they are left out",
        ])
        #expect(lines(result.diagnostics[1].notes) == ["orgs.csv:3:1 note: 'sch-a' is first used here"])
        // The good rows still come through, with what could be read of them.
        #expect(result.schools.map(\.id) == ["sch-a"])
        #expect(result.staff.map { "\($0.id) \($0.grades.description)" } == ["t-1 1", "t-6 1"])
    }

    @Test func diagnosticsQuoteTheCSVLineTheyPointAt() throws {
        let result = read("bad-rows")
        let empty = try #require(result.diagnostics.first { $0.message.contains("'orgSourcedIds' is empty") })
        let printed = DiagnosticPrinter(sources: result.sources).render(empty)
        #expect(printed.hasSuffix("""
            error: users.csv row 4: 'orgSourcedIds' is empty, so this teacher has no school
                t-3,Kim,Ode,teacher,,03
                                    ^

            """))
    }

    /// CSV lines end at LF (RFC 4180 writes CRLF): a lone CR inside a quoted cell (an old Mac
    /// export, a pasted address) must not shift the line a diagnostic quotes, as a YAML count would.
    @Test func aLoneCarriageReturnInACellDoesNotShiftTheQuotedLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-cr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("sourcedId,name,type\r\nsch-a,\"Adams\rElementary\",school\r\nsch-b,,school\r\n".utf8)
            .write(to: folder.appendingPathComponent("orgs.csv"))
        try Data("sourcedId,givenName,familyName,role,orgSourcedIds,grades\r\nt-1,Ann,Lee,teacher,sch-a,01\r\n".utf8)
            .write(to: folder.appendingPathComponent("users.csv"))
        let result = OneRosterReader().read(directory: folder.path, survey: nil, at: OneRosterReaderTests.planLocation)
        let empty = try #require(result.diagnostics.first { $0.message.contains("'name' is empty") })
        #expect(empty.location?.line == 3)
        #expect(DiagnosticPrinter(sources: result.sources).render(empty).contains("\n    sch-b,,school\n"))
    }

    @Test func rolesCSVProblemsPointIntoRolesCSV() {
        let result = read("bad-roles")
        #expect(lines(result.diagnostics) == [
            "roles.csv:3:13 error: roles.csv row 3: 'roleType' is 'main'; OneRoster writes primary or secondary",
            "roles.csv:4:21 error: roles.csv row 4: 'orgSourcedId' names 'sch-q', which is not an org in orgs.csv, so this teacher has no school",
            "users.csv:5:1 warning: users.csv row 5: user 't-4' has no row in roles.csv, so Planwright cannot tell whether they are staff; they are left out",
            "roles.csv:6:1 note: roles.csv: 1 member of staff works at the district office rather than a school (the first on row 6, at 'dist-1', a district); Planwright plans staff by school, so they are left out",
            "roles.csv:5:1 warning: roles.csv row 5: 'userSourcedId' 'x-9' is not a user in users.csv, so this role is not used",
        ])
        #expect(result.staff.map(\.id) == ["t-1"])
    }

    @Test func badSurveyAnswersAreErrorsAndUnknownPeopleWarnings() {
        let result = read("bad-survey", survey: "staff-survey.csv")
        let levels = "non-use, orientation, preparation, mechanical, routine, refinement, integration, renewal"
        #expect(lines(result.diagnostics) == [
            "users.csv:4:1 note: users.csv: 1 student has no single grade from PK to 12 in 'grades', so they count in their school's enrollment but in no grade's (the first is on row 4)",
            "staff-survey.csv:2:5 error: staff-survey.csv row 2: 'comfort' is '7'; write a number from 1 to 5 or a Level of Use (\(levels))",
            "staff-survey.csv:3:1 warning: staff-survey.csv row 3: 'staff_id' 't-404' is not a teacher, aide or administrator in users.csv, so this answer is left out",
            "staff-survey.csv:4:5 error: staff-survey.csv row 4: 'comfort' is 'Routeen'; write a number from 1 to 5 or a Level of Use (\(levels)); did you mean 'routine'?",
            "staff-survey.csv:4:13 error: staff-survey.csv row 4: 'champion' is 'maybe'; write yes, no or volunteer",
            "staff-survey.csv:4:27 error: staff-survey.csv row 4: 'grades' has 'grade 4', which is not a grade; write PK, K, 1 to 12, or a range such as K-2 or 9-12",
            "staff-survey.csv:5:1 error: staff-survey.csv row 5: 'staff_id' is empty, so this answer belongs to no one",
            "staff-survey.csv:6:1 warning: staff-survey.csv row 6: 't-1' already answered on row 2; this later answer is used",
            "staff-survey.csv:7:1 warning: staff-survey.csv row 7: 'staff_id' 's-1' is not a teacher, aide or administrator in users.csv, so this answer is left out",
        ])
        // What could be read is merged; t-1's second answer stands.
        #expect(result.staff.map { "\($0.id) \($0.comfort?.value ?? 0) \($0.champion) \($0.subjects) \($0.grades.description)" } == [
            "t-1 4 yes [\"math\"] K",
            "t-2 0 no [\"science\"] 3",
        ])
    }

    @Test func filesThatCannotBeReadAreReportedWhereThePlanAsksForThem() throws {
        let missing = Fixtures.url("oneroster/nowhere").path
        #expect(lines(OneRosterReader().read(directory: missing, survey: nil, at: OneRosterReaderTests.planLocation).diagnostics) == [
            "plan.yaml:12:14 error: cannot read the OneRoster folder '\(missing)': no such folder",
        ])

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-oneroster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "sourcedId,name,type\nsch-a,Adams,school\n".write(to: folder.appendingPathComponent("orgs.csv"), atomically: true, encoding: .utf8)
        let zip = folder.appendingPathComponent("export.zip")
        try "PK".write(to: zip, atomically: true, encoding: .utf8)
        let survey = folder.appendingPathComponent("survey.csv").path

        let result = OneRosterReader().read(directory: folder.path, survey: survey, at: OneRosterReaderTests.planLocation)
        #expect(lines(result.diagnostics) == [
            "plan.yaml:12:14 error: cannot read the OneRoster file '\(folder.path)/users.csv': no such file",
            "plan.yaml:12:14 error: cannot read the staff survey '\(survey)': no such file",
        ])
        #expect(result.schools.map(\.id) == ["sch-a"])
        #expect(lines(OneRosterReader().read(directory: zip.path, survey: nil, at: OneRosterReaderTests.planLocation).diagnostics) == [
            "plan.yaml:12:14 error: cannot read the OneRoster folder '\(zip.path)': it is a zip file; unzip the export and name the folder it makes",
        ])
    }
}
