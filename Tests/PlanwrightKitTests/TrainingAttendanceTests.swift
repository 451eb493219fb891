import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Attendance per person: a `held:` entry may list who was absent (`absent: [staff ids]`); they
/// need a make-up, which `status` and the school's people page say. The rest of the group attended.
struct TrainingAttendanceTests {
    static let group = "canvas.getting-started-lincoln-1"

    /// Lincoln Elementary's six beginners train for the Canvas rollout of November 16 in one group.
    static func yaml(held: String) -> String {
        let names = ["Rosa Delgado", "Ben Yazzie", "David Nguyen", "Aisha Rahman", "Maria Hernandez", "Priya Patel"]
        let staff = names.enumerated().map { "{ id: t-10\($0.offset + 1), name: \($0.element), school: lincoln, comfort: 1 }" }
        return PlanFixture.yaml(
            year: "{ start: 2026-08-24, end: 2027-06-11, pd_days: [2026-11-02], early_release: wednesday }",
            schools: "[{ id: lincoln, name: Lincoln Elementary }]",
            staff: "[\(staff.joined(separator: ", "))]",
            goals: PlanFixture.goal("{ id: pilot, title: Canvas pilot, days: 5, kind: pilot, status: done, done_on: 2026-09-04 }, { id: gate, title: Go/no-go, days: 1, after: pilot, kind: gate, status: done, done_on: 2026-09-08 }, { id: canvas, title: Canvas goes live, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }"),
            extra: "training:\n  held: [\(held)]")
    }

    @Test func anAbsentMemberNeedsAMakeUpOnStatusAndThePeoplePage() throws {
        let result = PlanFixture.run(Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-11-02, absent: [t-102, t-105] }"), asOf: "2026-11-03")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.improvementPlan)
        let held = try #require(plan.progress.sessions.first { $0.state == .held })
        #expect(held.absent == ["t-102", "t-105"])
        #expect(ProgressTextReport.render(plan).contains("""
              \(Self.group)/1
                  session 1 of group \(Self.group) was held on Mon, Nov 2
                  Absent, need a make-up: Ben Yazzie and Maria Hernandez
            """))
        let people = try #require(try BudgetOutputTests.outputs(plan)["schools/lincoln-people.md"])
        let ben = try #require(people.split(separator: "\n").first { $0.contains("Ben Yazzie") })
        #expect(ben.contains("Mon, Nov 2 (PD day), missed: needs a make-up"), "\(ben)")
        let rosa = try #require(people.split(separator: "\n").first { $0.contains("Rosa Delgado") })
        #expect(!rosa.contains("missed"), "\(rosa)")
        #expect(try PlanJSON.encode(plan.progress).contains("\"absent\" : [\n"))
    }

    @Test func anAbsentIdNamingNoStaffIsAnErrorWithASuggestion() throws {
        let source = Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-11-02, absent: [t-120] }")
        let error = try #require(PlanFixture.run(source).diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("'absent' names") && error.message.contains("t-120"), "\(error.message)")
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[error.location!.line - 1]
        #expect(line.dropFirst(error.location!.column - 1).hasPrefix("t-120"))
    }

    @Test func anAbsentStaffMemberOutsideTheGroupIsAnError() throws {
        let source = Self.yaml(held: "{ session: \(Self.group)/1, on: 2026-11-02, absent: [t-102] }")
            .replacingOccurrences(of: "{ id: t-102, name: Ben Yazzie, school: lincoln, comfort: 1 }", with: "{ id: t-102, name: Ben Yazzie, school: lincoln, comfort: 5 }")
        #expect(source.contains("name: Ben Yazzie, school: lincoln, comfort: 5"), "the edit applied")
        let error = try #require(PlanFixture.run(source).diagnostics.first { $0.severity == .error })
        #expect(error.message == "'absent' names Ben Yazzie ('t-102'), who is not in group '\(Self.group)'; list only the group's members who missed session '\(Self.group)/1'")
    }
}
