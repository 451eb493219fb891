import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Reading good OneRoster exports: 1.1 and 1.2, columns in any order, BOM, CRLF, extensions.
struct OneRosterReaderTests {
    static let planLocation = PlanwrightDocument.SourceLocation(file: "plan.yaml", line: 12, column: 14)

    static func read(_ folder: String, survey: String? = nil) -> OneRosterReader.Result {
        OneRosterReader().read(directory: Fixtures.url("oneroster/\(folder)").path,
                               survey: survey.map { Fixtures.url("oneroster/\(folder)/\($0)").path }, at: planLocation)
    }

    /// `id name | role @school(file:line:column) | grades | email | row`, everything the reader decides.
    static func describe(_ member: StaffMember) -> String {
        let school = member.school.location
        return "\(member.id) \(member.name) | \(member.role.rawValue) @\(member.school.id)(\(file(school)):\(school.line):\(school.column))"
            + " | \(member.grades.isEmpty ? "-" : member.grades.description) | \(member.email ?? "-") | \(file(member.location)):\(member.location.line)"
    }

    static func file(_ location: PlanwrightDocument.SourceLocation) -> String { URL(fileURLWithPath: location.file).lastPathComponent }

    /// The errors and warnings: what a good export must not have (notes count what was skipped).
    static func problems(_ result: OneRosterReader.Result) -> [Diagnostic] { result.diagnostics.filter { $0.severity != .note } }

    /// The notes as `file:line message`.
    static func notes(_ result: OneRosterReader.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .note }.map { "\(file($0.location!)):\($0.location!.line) \($0.message)" }
    }

    @Test func version1_1WithShuffledColumnsBOMAndExtensions() {
        let result = Self.read("v1.1")
        #expect(Self.problems(result).isEmpty)
        #expect(Self.notes(result) == [
            "users.csv:7 users.csv: 1 user marked 'tobedeleted' and 1 user with 'enabledUser' false are left out: their accounts are closed or being removed (the first is on row 7)",
        ])
        #expect(result.schools.map { "\($0.id) \($0.name) \(Self.file($0.location)):\($0.location.line)" } == [
            "sch-a Adams Elementary, Lakeview orgs.csv:3",
            "sch-b Birch Middle orgs.csv:5",
        ])
        #expect(result.schools.allSatisfy { $0.needsSupport.isEmpty && $0.principal == nil })
        // OneRoster's orgs carry no grades: a school teaches its students' grades (Adams' one
        // student is in grade 3), and Birch, whose export lists no students, is not narrowed.
        #expect(result.schools.map(\.grades.description) == ["3", ""])
        // Skipped: a student, a disabled account, a deleted one, a parent. The line break inside
        // a quoted value makes p-2 start on line 12, and the blank line before it is ignored.
        #expect(result.staff.map(Self.describe) == [
            "t-1 Ana López | teacher @sch-a(users.csv:2:57) | K-1 | ana.lopez@lakeview.example | users.csv:2",
            "t-2 Samuel \"Sam\" O'Neil | teacher @sch-b(users.csv:3:48) | 6-8 | - | users.csv:3",
            "a-1 Jordan Lee | aide @sch-a(users.csv:5:48) | PK-K | lee@lakeview.example | users.csv:5",
            "p-1 Pat Okoro | administrator @sch-a(users.csv:9:56) | - | pat@lakeview.example | users.csv:9",
            "p-2 Chris Ng | administrator @sch-b(users.csv:12:65) | 9-12 | chris@lakeview.example | users.csv:12",
        ])
        #expect(result.staff.allSatisfy { $0.subjects.isEmpty && $0.comfort == nil && $0.champion == .no })
        #expect(result.sources.map { Self.file(PlanwrightDocument.SourceLocation(file: $0.path, line: 1, column: 1)) } == ["orgs.csv", "users.csv"])
    }

    @Test func version1_2TakesRolesAndSchoolsFromRolesCSV() {
        let result = Self.read("v1.2")
        #expect(Self.problems(result).isEmpty)
        #expect(Self.notes(result) == [
            "roles.csv:4 roles.csv: 1 member of staff belongs to more than one school; each is planned at their primary school, or the first one listed when the export marks none (the first is on row 4)",
        ])
        #expect(result.schools.map(\.id) == ["sch-a", "sch-b"])
        // t-2's primary role (row 4) wins over the secondary listed first; p-2 has only a secondary one;
        // a-1's deleted role row is ignored.
        #expect(result.staff.map(Self.describe) == [
            "t-1 Ana López | teacher @sch-a(roles.csv:2:35) | K-1 | ana.lopez@lakeview.example | users.csv:2",
            "t-2 Sam O'Neil | teacher @sch-b(roles.csv:4:35) | 6-8 | - | users.csv:3",
            "p-1 Pat Okoro | administrator @sch-a(roles.csv:6:37) | - | pat@lakeview.example | users.csv:5",
            "p-2 Chris Ng | administrator @sch-b(roles.csv:7:47) | - | - | users.csv:6",
            "a-1 Jordan Lee | aide @sch-a(roles.csv:8:32) | PK | - | users.csv:7",
        ])
        #expect(result.sources.count == 3)
    }

    @Test func theSurveyAddsComfortChampionsSubjectsAndGrades() {
        let result = Self.read("v1.1", survey: "staff-survey.csv")
        #expect(Self.problems(result).isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: result.staff.map { ($0.id, $0) })
        func survey(_ id: String) -> String {
            let member = byID[id]!
            let comfort = member.comfort.map { "\($0.value)\($0.levelOfUse.map { "/\($0.rawValue)" } ?? "")" } ?? "-"
            return "\(comfort) \(member.champion.rawValue) [\(member.subjects.joined(separator: ","))] \(member.grades.description)"
        }
        #expect(survey("t-1") == "3/routine yes [literacy,math] K-2")  // grades replaced, subjects lowercased
        #expect(survey("t-2") == "4 volunteer [science,math] 6-7")
        #expect(survey("a-1") == "- no [] PK-K")  // empty cells keep what the roster said
        #expect(survey("p-1") == "1/non-use no [] ")
        #expect(survey("p-2") == "- no [] 9-12")  // did not answer
        #expect(result.sources.count == 3)
    }

    @Test func theSampleExportReadsTheSameInBothVersions() {
        let sample = GoodPlanTests.packageRoot.appendingPathComponent("Plans/oneroster-sample")
        let roster = OneRosterReader().read(directory: sample.path, survey: nil, at: Self.planLocation)
        let surveyed = OneRosterReader().read(directory: sample.path, survey: sample.appendingPathComponent("staff-survey.csv").path, at: Self.planLocation)
        let v12 = OneRosterReader().read(directory: sample.appendingPathComponent("v1.2").path, survey: nil, at: Self.planLocation)
        #expect(Self.problems(roster).isEmpty && Self.problems(surveyed).isEmpty && Self.problems(v12).isEmpty)
        // Paul Fischer's account is disabled; Hannah Schmidt teaches at Cedar Hill and Riverside, planned at the first.
        #expect(Self.notes(roster).map { $0.prefix(40) } == ["users.csv:10 users.csv: 1 user with 'ena", "users.csv:24 users.csv: 1 member of staf"])
        #expect(roster.staff.first { $0.id == "t-205" }?.school.id == "sch-cedar")
        #expect(roster.schools.map(\.id) == ["sch-oak", "sch-cedar", "sch-river"])
        #expect(Dictionary(grouping: roster.staff, by: \.school.id).mapValues(\.count) == ["sch-oak": 9, "sch-cedar": 8, "sch-river": 7])
        #expect(roster.staff.filter { $0.role == .administrator }.map(\.school.id) == ["sch-oak", "sch-cedar", "sch-river"])
        #expect(roster.staff.filter { $0.role == .aide }.count == 4)
        #expect(roster.staff.allSatisfy { $0.email?.hasSuffix("@oakridge.k12.example") == true && !$0.grades.isEmpty })
        // 1.2 says the same through roles.csv (a principal and a site administrator are administrators).
        let people: (StaffMember) -> String = { "\($0.id) \($0.name) \($0.role) \($0.school.id) \($0.grades.description) \($0.email ?? "-")" }
        #expect(v12.staff.map(people) == roster.staff.map(people))
        #expect(v12.schools.map(\.name) == roster.schools.map(\.name))
        // The survey: most staff answered, some with a CBAM Level of Use, and every school has a champion.
        #expect(surveyed.staff.filter { $0.comfort != nil }.count == 21)
        #expect(surveyed.staff.filter { $0.comfort?.levelOfUse != nil }.count == 7)
        #expect(Set(surveyed.staff.filter { $0.champion == .yes }.map(\.school.id)) == ["sch-oak", "sch-cedar", "sch-river"])
    }
}
