import Testing
@testable import PlanwrightDocument
@testable import PlanwrightPlanning

/// A `done_on` on a day without school is most often a slip of the pen: it is warned about
/// where it was written, in the words of the calendar.
struct DoneOnSchoolDayTests {
    func warnings(_ milestones: String) -> [Diagnostic] {
        PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones))).diagnostics.filter { $0.message.contains("done_on") }
    }

    @Test func aClosedDayIsNamedAtTheDate() throws {
        let found = warnings("{ id: a, title: A, days: 3, status: done, done_on: 2026-12-25 }")
        #expect(found.map(\.message) == ["milestone 'a' has done_on 2026-12-25, which is closed for Winter break; was it done on another day?"])
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        let source = PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3, status: done, done_on: 2026-12-25 }"))
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[warning.location!.line - 1]
        #expect(line.dropFirst(warning.location!.column - 1).hasPrefix("2026-12-25"))
    }

    @Test func aWeekendIsNamed() {
        #expect(warnings("{ id: a, title: A, days: 3, status: done, done_on: 2026-12-12 }").map(\.message)
                == ["milestone 'a' has done_on 2026-12-12, a Saturday; was it done on another day?"])
    }

    @Test func aSchoolDayIsQuiet() {
        #expect(warnings("{ id: a, title: A, days: 3, status: done, done_on: 2026-12-11 }").isEmpty)
    }
}
