import Foundation
import Testing
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A warning the calendar import gives is shown by `plan` and in plan.md and plan.html, as `check` shows it.
struct ImportWarningsShownTests {
    @Test func aCalendarImportWarningReachesThePlanAndItsDocuments() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-ics-warn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260907\nRRULE:FREQ=HOURLY\nSUMMARY:Labor Day\nEND:VEVENT\nEND:VCALENDAR\n"
            .write(to: folder.appendingPathComponent("closures.ics"), atomically: true, encoding: .utf8)
        let yaml = PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11, import: closures.ics, early_release: wednesday }",
                                    goals: PlanFixture.goal("{ id: a, title: A, days: 11 }"))
        let path = folder.appendingPathComponent("plan.yaml")
        try yaml.write(to: path, atomically: true, encoding: .utf8)
        let result = PlanPipeline().run(path: path.path)
        let warning = "this RRULE repeats hourly, within a day"
        #expect(result.diagnostics.contains { $0.message.hasPrefix(warning) })
        let planned = try #require(result.improvementPlan)
        // One list: what `check` prints is what the plan carries, in the same order.
        #expect(planned.diagnostics.map(\.message) == result.diagnostics.map(\.message))
        let files = try BuildOutputTests.render(planned).files
        for name in ["plan.md", "plan.html"] {
            #expect(files.first { $0.path == name }?.contents.contains(warning) == true, "\(name)")
        }
    }
}
