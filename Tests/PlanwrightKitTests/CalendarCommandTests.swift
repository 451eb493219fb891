import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `planwright calendar`: the school year as the planner sees it, to check against the
/// board-approved calendar.
struct CalendarCommandTests {
    let cli = CommandLineTests()

    @Test func theExampleYearCountsItsDaysAndSaysWhereEachDayOffWasWritten() throws {
        let result = try cli.run(["calendar", "Plans/maple-valley.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Maple Valley Unified School District: school year Mon, Aug 24, 2026 – Fri, Jun 11, 2027\n"
                                        + "182 instructional days (school days with students; 180 required) · 186 school days · 4 PD days\n"))
        #expect(result.stdout.contains("\n  Mon, Dec 21 – Fri, Jan 1 · closed · Winter break · 10 weekdays · Plans/maple-valley.yaml:53\n"))
        // An imported holiday names the calendar file and its event's line.
        #expect(result.stdout.contains("\n  Mon, Sep 7 · closed · Labor Day · 1 weekday · Plans/maple-valley-holidays.ics:5\n"))
        #expect(result.stdout.contains("\n  Mon, Jan 4 · PD day · Second-semester PD day · 1 weekday · Plans/maple-valley.yaml:59\n"))
        #expect(result.stdout.contains("\nEARLY RELEASE\n  37 days: every Wednesday (Plans/maple-valley.yaml:62)\n"))
        // A Wednesday that is closed has no early release.
        #expect(!result.stdout.contains("Wed, Nov 11;"))
    }

    /// The same counts the planner schedules on: 186 school days is the calendar's own count.
    @Test func theCountsAreThePlannersOwn() throws {
        let plan = try GoldenOutputTests.examplePlan()
        #expect(plan.schoolYear.schoolDays == plan.schoolDays)
        #expect(plan.schoolYear.instructionalDays == plan.schoolDays - plan.calendar.pdDays.count)
        #expect(plan.schoolYear.cycles == plan.cycles)
    }

    @Test func jsonHoldsTheYear() throws {
        let result = try cli.run(["calendar", "Plans/maple-valley.yaml", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["instructionalDays"] as? Int == 182)
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(entries.first?["source"] as? String == "Plans/maple-valley-holidays.ics:5")
        #expect(entries.first?["kind"] as? String == "closed")
    }

    @Test func aPlanWithErrorsIsReportedAsCheckReportsIt() throws {
        let result = try cli.run(["calendar", "Tests/PlanwrightKitTests/Fixtures/bad/" + Fixtures.badPlans[0]])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }
}
