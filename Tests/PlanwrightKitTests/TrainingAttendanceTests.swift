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
            .replacingPresent("{ id: t-102, name: Ben Yazzie, school: lincoln, comfort: 1 }", with: "{ id: t-102, name: Ben Yazzie, school: lincoln, comfort: 5 }")
        #expect(source.contains("name: Ben Yazzie, school: lincoln, comfort: 5"), "the edit applied")
        let error = try #require(PlanFixture.run(source).diagnostics.first { $0.severity == .error })
        #expect(error.message == "'absent' names Ben Yazzie ('t-102'), who is not in group '\(Self.group)'; list only the group's members who missed session '\(Self.group)/1'")
    }

    /// Lincoln's eight beginners held two of their three sessions in November; in January five
    /// teachers are hired there. Nobody who attended moves: the hires form a group of their own.
    static func hiring(_ hires: Int) -> String {
        let names = ["Rosa Delgado", "Ben Yazzie", "David Nguyen", "Aisha Rahman", "Maria Hernandez", "Priya Patel", "Sean O'Malley", "Grace Kim"]
        let hired = ["Tomás Ruiz", "Amy Chen", "Jamal Brooks", "Lena Ortiz", "Omar Haddad"]
        var staff = names.enumerated().map { "{ id: t-1\($0.offset + 10), name: \"\($0.element)\", school: lincoln, comfort: 1 }" }
        // New staff ids sort among the others', as a roster's often do.
        staff += hired.prefix(hires).enumerated().map { "{ id: t-1\($0.offset + 10)a, name: \($0.element), school: lincoln, comfort: 2, joined: 2027-01-04 }" }
        return PlanFixture.yaml(
            year: "{ start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }], early_release: wednesday }",
            schools: "[{ id: lincoln, name: Lincoln Elementary }, { id: elm, name: Elm Middle School }]",
            staff: "[\(staff.joined(separator: ", "))]",
            goals: PlanFixture.goal("{ id: pilot, title: Canvas pilot, days: 5, kind: pilot, status: done, done_on: 2026-10-23 }, { id: gate, title: Go/no-go, days: 1, after: pilot, kind: gate, status: done, done_on: 2026-11-02 }, { id: canvas, title: Canvas goes live, days: 5, after: gate, kind: rollout, not_before: 2027-01-25 }"),
            extra: "training:\n  max_group: 10\n  held: [{ session: \(group)/1, on: 2026-11-04 }, { session: \(group)/2, on: 2026-11-11, absent: [t-112] }]")
    }

    @Test func whoeverAttendedKeepsTheirGroupWhenStaffAreHired() throws {
        let before = try #require(PlanFixture.run(Self.hiring(0), asOf: "2026-11-12").improvementPlan)
        let attended = try #require(before.training.groups.first { $0.id == Self.group }).members
        #expect(attended.count == 8)

        let result = PlanFixture.run(Self.hiring(5), asOf: "2027-01-05")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let after = try #require(result.improvementPlan)
        let kept = try #require(after.training.groups.first { $0.id == Self.group })
        #expect(kept.members == attended)
        let hires = after.training.groups.filter { $0.id != Self.group && $0.track == "getting-started" }
        #expect(hires.map(\.id) == ["canvas.getting-started-lincoln-2"])
        #expect(hires.first?.members == ["t-110a", "t-111a", "t-112a", "t-113a", "t-114a"])
        // The held sessions keep their group: its third session is still to come, the hires start at 1.
        #expect(after.progress.sessions.filter { $0.state == .held }.map(\.session) == ["\(Self.group)/1", "\(Self.group)/2"])
        #expect(after.training.sessions.filter { $0.group == Self.group }.map(\.number) == [1, 2, 3])

    }

    /// Two hires are too few for a group of their own at Lincoln: they form one (a group of
    /// Lincoln's, pooled with no other school's) rather than joining a group whose sessions they missed.
    @Test func twoHiresFormTheirOwnGroupWithoutBreakingTheHeldOne() throws {
        let result = PlanFixture.run(Self.hiring(2), asOf: "2027-01-05")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let after = try #require(result.improvementPlan)
        #expect(after.training.groups.first { $0.id == Self.group }?.members.count == 8)
        #expect(after.training.groups.contains { $0.members == ["t-110a", "t-111a"] && $0.id == "canvas.getting-started-lincoln-2" })
    }

    /// One hire alone would be a group of one: they join the held group, which has room, and
    /// the sessions it held before they came show as their make-ups.
    @Test func aLoneHireJoinsTheHeldGroupAndNeedsItsSessionsMadeUp() throws {
        let result = PlanFixture.run(Self.hiring(1), asOf: "2027-01-05")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let after = try #require(result.improvementPlan)
        let group = try #require(after.training.groups.first { $0.id == Self.group })
        #expect(group.members.count == 9 && group.members.last == "t-110a")
        #expect(!after.training.groups.contains { $0.members.count == 1 })
        let held = after.progress.sessions.filter { $0.state == .held }
        #expect(held.map(\.absent) == [["t-110a"], ["t-112", "t-110a"]])
        #expect(ProgressTextReport.render(after).contains("Absent, need a make-up: David Nguyen and Tomás Ruiz"))
    }
}
