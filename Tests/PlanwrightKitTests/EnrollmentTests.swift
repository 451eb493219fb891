import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Schools' students: written in the plan as a number or by grade, counted from a OneRoster
/// export, and asked for by the grades a scope names (what costs `per: student` count).
struct EnrollmentTests {
    /// A plan whose one school is written as `school` (block YAML from line 7), so positions are known.
    static func plan(_ school: String) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(schools: "\n" + school, goals: PlanFixture.goal("{ id: a, title: A, days: 1 }")))
    }

    static func enrollment(_ school: String) -> Enrollment? { plan(school).value.plan?.schools.first?.enrollment }

    /// The errors as `line:column message`.
    static func errors(_ school: String) -> [String] {
        plan(school).diagnostics.filter { $0.severity == .error }.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    @Test func aNumberIsTheWholeSchool() {
        let result = Self.plan("  - { id: north, name: North Elementary, grades: K-5, students: 412 }")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.value.plan?.schools.first?.enrollment == Enrollment(total: 412))
        #expect(result.value.improvementPlan?.schools.first?.students == 412)
    }

    @Test func countsByGradeAddUpToTheTotal() {
        let enrollment = Self.enrollment("  - { id: north, name: North Elementary, grades: K-5, students: { K: 48, 1: 52, 2: 50, 5: 61 } }")
        #expect(enrollment == Enrollment(total: 211, byGrade: [0: 48, 1: 52, 2: 50, 5: 61]))
    }

    @Test func aSchoolThatDoesNotSayHasNoEnrollment() {
        let result = Self.plan("  - { id: north, name: North Elementary }")
        #expect(result.value.plan?.schools.first?.enrollment == nil)
        #expect(result.value.improvementPlan?.schools.first?.students == nil)
    }

    @Test func studentsInAScopesGrades() {
        let byGrade = Enrollment(byGrade: [-1: 20, 0: 48, 1: 52, 2: 50, 3: 55])
        #expect(byGrade.students(in: nil) == 225)
        #expect(byGrade.students(in: .all) == 225)
        #expect(byGrade.students(in: GradeSet.parse("K-2")) == 150)
        #expect(byGrade.students(in: GradeSet.parse("PK")) == 20)
        #expect(byGrade.students(in: GradeSet.parse("6-8")) == 0)
        // Only a total: the whole school counts for work in any of its grades.
        let total = Enrollment(total: 412)
        #expect(total.students(in: GradeSet.parse("K-2")) == 412)
        #expect(total.students(in: nil) == 412)
        // Students of no known grade (from a roster) are in the total only.
        let roster = Enrollment(total: 10, byGrade: [3: 4, 4: 5])
        #expect(roster.students(in: GradeSet.parse("3-4")) == 9)
        #expect(roster.students(in: .all) == 10)
    }

    @Test func badNumbersAreReportedAtTheirValue() {
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: lots") == [
            "9:15 'students' of school 'north' must be a number of students, or the count in each grade, such as {K: 48, 1: 52}; found the text 'lots'",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: -3") == [
            "9:15 'students' of school 'north' must be a whole number from 0 to 1000000; found -3",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: 2000000") == [
            "9:15 'students' of school 'north' must be a whole number from 0 to 1000000; found 2000000",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: { K: 40, 1: many }") == [
            "9:27 the students of grade 1 at school 'north' must be a whole number from 0 to 1000000; found the text 'many'",
        ])
        #expect(Self.enrollment("  - id: north\n    name: North Elementary\n    students: { K: 40, 1: many }") == nil)
    }

    @Test func badGradesAreReportedAtTheirKey() {
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: { K: 40, seventh: 30 }") == [
            "9:24 'students' of school 'north' has 'seventh', which is not a grade; write PK, K, or 1 to 12",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: { K-2: 140 }") == [
            "9:17 'students' of school 'north' has 'K-2', which is several grades; give the count of each grade on its own, such as K: 48",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: { K: 40, KG: 30 }") == [
            "9:24 'students' of school 'north' gives grade K twice; write each grade once",
        ])
        #expect(Self.errors("  - id: north\n    name: North Elementary\n    students: {}") == [
            "9:15 'students' of school 'north' has no grades; write a number of students, or the count in each grade, such as {K: 48, 1: 52}",
        ])
    }

    @Test func aGradeTheSchoolDoesNotTeachIsAnError() {
        let school = "  - id: north\n    name: North Elementary\n    grades: K-5\n    students: { K: 40, 6: 30 }"
        #expect(Self.errors(school) == [
            "10:24 'students' of school 'north' counts grade 6, which the school does not teach (its grades are K-5)",
        ])
        // A school that does not say its grades may count any.
        #expect(Self.enrollment("  - id: north\n    name: North Elementary\n    students: { K: 40, 6: 30 }") == Enrollment(byGrade: [0: 40, 6: 30]))
    }

    // MARK: OneRoster

    static func read(_ folder: String) -> OneRosterReader.Result {
        OneRosterReader().read(directory: Fixtures.url("oneroster/\(folder)").path, survey: nil, at: OneRosterReaderTests.planLocation)
    }

    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\(OneRosterReaderTests.file($0.location!)):\($0.location!.line):\($0.location!.column) \($0.severity.rawValue): \($0.message)" }
    }

    static func enrollments(_ result: OneRosterReader.Result) -> [String: Enrollment?] {
        Dictionary(uniqueKeysWithValues: result.schools.map { ($0.id, $0.enrollment) })
    }

    /// 1.1: open student accounts by school and grade; a student at two schools counts at each,
    /// a department counts as its school (once), closed accounts not at all.
    @Test func oneRosterStudentsAreCountedBySchoolAndGrade() {
        let result = Self.read("enrollment")
        #expect(Self.lines(result.diagnostics) == [
            "users.csv:7:1 note: users.csv: 1 user marked 'tobedeleted' and 1 user with 'enabledUser' false are left out: their accounts are closed or being removed (the first is on row 7)",
            "users.csv:9:1 note: users.csv: 2 students have no single grade from PK to 12 in 'grades', so they count in their school's enrollment but in no grade's (the first is on row 9)",
            "users.csv:11:1 note: users.csv: 1 student belongs to no open school in orgs.csv, so no school's enrollment counts them (the first is on row 11)",
        ])
        #expect(Self.enrollments(result) == [
            "s-10": Enrollment(total: 4, byGrade: [0: 2, 1: 1, 5: 1]),
            "s-20": Enrollment(total: 4, byGrade: [5: 1, 8: 1]),
            "s-30": nil,
        ])
        #expect(result.staff.map(\.id) == ["t-1", "t-2", "t-3"])
    }

    /// 1.2: a student's schools are their roles' orgs, each counted once (st-2 has two roles at s-20).
    @Test func oneRoster1_2StudentsAreCountedAtEachOfTheirRolesSchools() {
        let result = Self.read("enrollment-1.2")
        #expect(Self.lines(result.diagnostics) == [
            "users.csv:6:1 note: users.csv: 1 user with 'enabledUser' false is left out: their accounts are closed or being removed (the first is on row 6)",
            // Grades are in users.csv, schools in roles.csv: each note points where its problem is.
            "users.csv:7:1 note: users.csv: 1 student has no single grade from PK to 12 in 'grades', so they count in their school's enrollment but in no grade's (the first is on row 7)",
            "roles.csv:10:1 note: roles.csv: 1 student belongs to no open school in orgs.csv, so no school's enrollment counts them (the first is on row 10)",
        ])
        #expect(Self.enrollments(result) == [
            "s-10": Enrollment(total: 1, byGrade: [5: 1]),
            "s-20": Enrollment(total: 3, byGrade: [5: 1, 6: 1]),
        ])
    }

    /// The example OneRoster plan, in both versions of its export, plans each school's students.
    @Test func theOneRosterExamplePlanHasEnrollments() throws {
        let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
        for folder in ["oneroster-sample", "oneroster-sample/v1.2"] {
            let yaml = text.replacingPresent("oneroster: oneroster-sample", with: "oneroster: \(folder)")
            let source = SourceText(path: GoodPlanTests.packageRoot.appendingPathComponent("Plans/p.yaml").path, bytes: Array(yaml.utf8))
            let result = PlanPipeline(planner: Planner()).run(source)
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(folder)")
            #expect(result.value.improvementPlan?.schools.map { "\($0.id) \($0.students.map(String.init) ?? "-")" }
                    == ["sch-oak 4", "sch-cedar 4", "sch-river 5"], "\(folder)")
            #expect(result.value.plan?.schools.first { $0.id == "sch-oak" }?.enrollment?.byGrade == [0: 2, 2: 1, 4: 1], "\(folder)")
        }
    }
}
