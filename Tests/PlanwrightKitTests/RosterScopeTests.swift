import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 5: schools read from a roster get their grades, so grade-scoped work keeps to
/// the schools that teach those grades; where grades are unknown, or a per-student cost can only
/// count a whole school, the plan says so.
struct RosterScopeTests {
    @Test func importedSchoolsGetTheGradesOfTheirStudents() throws {
        let district = try RosterDistrict()
        defer { district.remove() }
        let plan = try #require(district.run().improvementPlan)
        let grades = Dictionary(plan.schools.map { ($0.id, $0.grades.description) }, uniquingKeysWith: { a, _ in a })
        #expect(grades == ["sch-adams": "K, 3-5", "sch-monroe": "6, 8", "sch-eastside": "9, 12", "sch-bridge": ""])
    }

    /// classes.csv adds its classes' grades: Bridge, which rosters its students by class only,
    /// teaches grades 10-12, so the rollout no longer reaches it and nothing needs saying.
    @Test func classesGiveTheirGradesToTheirSchools() throws {
        let district = try RosterDistrict()
        defer { district.remove() }
        try Data("""
            sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects
            cls-1,active,2026-06-15T08:00:00Z,Grade 1 Homeroom,01,crs-1,1A,homeroom,Room 4,sch-adams,term-1,
            cls-2,active,2026-06-15T08:00:00Z,Credit Recovery English,"10,11,12",crs-2,CR-E,scheduled,Room 2,sch-bridge,term-1,English
            cls-3,active,2026-06-15T08:00:00Z,Dual Enrollment Seminar,13,crs-3,DE,scheduled,Library,sch-eastside,term-1,
            cls-4,active,2026-06-15T08:00:00Z,Robotics Club,fourth,crs-4,RC,scheduled,Lab,sch-monroe,term-1,

            """.utf8).write(to: district.folder.appendingPathComponent("roster/classes.csv"))
        let result = district.run()
        let plan = try #require(result.improvementPlan)
        let grades = Dictionary(plan.schools.map { ($0.id, $0.grades.description) }, uniquingKeysWith: { a, _ in a })
        #expect(grades == ["sch-adams": "K-1, 3-5", "sch-monroe": "6, 8", "sch-eastside": "9, 12", "sch-bridge": "10-12"])
        #expect(!result.diagnostics.contains { $0.message.contains("does not say which grades") })
        #expect(result.diagnostics.filter { $0.location?.file.hasSuffix("classes.csv") == true }.map { "\($0.severity.rawValue) \($0.location!.line): \($0.message)" } == [
            "note 5: classes.csv: 1 class has a grade that is not a OneRoster grade or a 'schoolSourcedId' that is no open school in orgs.csv, so its grades tell no school what it teaches (the first is on row 5)",
        ])
    }

    /// Before: the grades 3-5 rollout trained Eastside High's three aides (no grades of their own,
    /// at a school with none) and was on Eastside's handout.
    @Test func aGrades3To5RolloutStaysAtTheElementarySchool() throws {
        let district = try RosterDistrict()
        defer { district.remove() }
        let result = district.run()
        let plan = try #require(result.improvementPlan)
        let trained = Set(plan.training.groups.filter { $0.programme == "rollout" }.flatMap(\.members))
        #expect(trained.contains("a-a1") && trained.contains("t-a1"), "Adams' aide and grade 3 teacher are trained")
        for member in ["a-e1", "a-e2", "a-e3", "t-e1", "t-m1"] {
            #expect(!trained.contains(member), "\(member) is not at a school teaching grades 3-5")
        }
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let eastside = try #require(files["schools/sch-eastside.md"])
        #expect(!eastside.contains("Chromebook rollout"))
        #expect(try #require(files["schools/sch-adams.md"]).contains("Chromebook rollout"))
    }

    /// Bridge rosters no students, so its grades are unknown: the rollout still reaches it (it is
    /// taken at its word), and a warning names the school and the work.
    @Test func gradeScopedWorkAtASchoolOfUnknownGradesIsWarnedAbout() throws {
        let district = try RosterDistrict()
        defer { district.remove() }
        let warnings = district.run().diagnostics.filter { $0.severity == .warning && $0.message.contains("does not say which grades") }
        #expect(warnings.map(\.message) == [
            "goal 'devices' is for grades 3–5, but Bridge Alternative Program ('sch-bridge') does not say which grades it teaches, so it reaches that school and its staff as if it taught every grade; give its students their grades in the roster's users.csv, or add a 'grades' column to its orgs.csv",
        ], "one warning for the goal's scope, which its milestones share")
        #expect(warnings.first.map { "\($0.location!.line):\($0.location!.column)" } == "22:13", "at the goal's 'grades'")
    }

    @Test func aPlanSchoolWithoutGradesIsNamedToo() {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary, grades: K-5 }, { id: central, name: Central High }]",
            staff: "[{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: central, comfort: 2 }]",
            goals: PlanFixture.goal("{ id: m, title: Reading app for grades 3-5, days: 5, grades: 3-5 }"))
        let messages = PlanFixture.run(yaml).diagnostics.map(\.message).filter { $0.contains("does not say which grades") }
        #expect(messages == [
            "milestone 'm' is for grades 3–5, but Central High ('central') does not say which grades it teaches, so it reaches that school and its staff as if it taught every grade; write the school's 'grades'",
        ])
    }

    /// Before: `students: 640` at a K-5 school counted 640 Chromebooks for grades 3-5, silently.
    @Test func aPerStudentCostForSomeGradesAtASchoolGivingOnlyItsTotalSaysWhatItCounted() throws {
        let cost = "costs: [{ item: Chromebooks, amount: 310, per: student, category: devices }]"
        func run(_ students: String) -> PlanPipeline.Result {
            PlanFixture.run(PlanFixture.yaml(
                schools: "[{ id: lincoln, name: Lincoln Elementary, grades: K-5, students: \(students) }, { id: grant, name: Grant Elementary, grades: 3-5, students: 300 }]",
                staff: "[{ id: s1, name: Ann Lee, school: lincoln, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: grant, comfort: 4, champion: yes }]",
                goals: "[{ id: g, title: Devices for grades 3-5, indicators: [shared-vision], grades: 3-5, \(cost), milestones: [{ id: m, title: Hand out devices, days: 5 }] }]"))
        }
        let total = run("640")
        let warned = total.diagnostics.filter { $0.message.hasPrefix("cost 'Chromebooks' is per student in grades 3–5") }
        #expect(warned.map(\.message) == [
            "cost 'Chromebooks' is per student in grades 3–5, but Lincoln Elementary (640) gives only its total of students, so all 640 are counted, not only grades 3–5; give the school's 'students' as the count in each grade, such as {3: 48, 4: 52}, to count grades 3–5 alone",
        ], "Grant teaches only grades 3-5, so its total is the right count")
        #expect(try #require(total.improvementPlan).budget.costs.first?.units == 940)

        let byGrade = run("{ K: 110, 1: 105, 2: 108, 3: 104, 4: 110, 5: 103 }")
        #expect(!byGrade.diagnostics.contains { $0.message.hasPrefix("cost 'Chromebooks'") })
        #expect(try #require(byGrade.improvementPlan).budget.costs.first?.units == 317 + 300)
    }
}
