import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct CalendarImportTests {
    func read(_ text: String) -> ICSClosureReader.Result {
        ICSClosureReader().read(SourceText(path: "closures.ics", bytes: Array(text.utf8)))
    }

    @Test func allDayEventsBecomeNamedClosures() {
        let result = read("""
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20261125\r
            DTEND;VALUE=DATE:20261128\r
            SUMMARY:Thanksgiving\\, family\r
              break\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART:20261014T150000Z\r
            SUMMARY:Board meeting (timed: not a closure)\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20261012\r
            SUMMARY:Indigenous Peoples' Day\r
            END:VEVENT\r
            END:VCALENDAR\r

            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.closures.map { "\($0.name ?? "?") \($0.from) \($0.to)" } == [
            "Indigenous Peoples' Day 2026-10-12 2026-10-12",
            "Thanksgiving, family break 2026-11-25 2026-11-27",
        ])
    }

    @Test func malformedFilesAreDiagnosedAtTheirLine() {
        #expect(read("hello\n").diagnostics.first?.message == "this is not an iCalendar file: it must start with BEGIN:VCALENDAR")
        let bad = read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-11-25\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nBEGIN:VEVENT\n")
        #expect(bad.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "3:20 DTSTART '2026-11-25' is not a date written YYYYMMDD",
            "5:1 this event has no DTSTART, so its date is unknown",
            "8:1 this event has no END:VEVENT before the file ends",
        ])
    }

    @Test func importedClosuresApplyToThePlan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260907\nSUMMARY:Labor Day\nEND:VEVENT\nEND:VCALENDAR\n"
            .write(to: folder.appendingPathComponent("closures.ics"), atomically: true, encoding: .utf8)
        let yaml = PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11, import: closures.ics, early_release: wednesday }",
                                    goals: PlanFixture.goal("{ id: a, title: A, days: 11 }, { id: b, title: B, days: 1, on: 2026-09-07 }"))
        let plan = folder.appendingPathComponent("plan.yaml")
        try yaml.write(to: plan, atomically: true, encoding: .utf8)
        let result = PlanPipeline().run(path: plan.path)
        #expect(result.diagnostics.map(\.message) == [
            "milestone 'b' is fixed to start on 2026-09-07, which is closed for Labor Day; work starts on school days only",
        ])
        // Without the pin, the 11 days of 'a' skip the imported holiday.
        try yaml.replacingOccurrences(of: ", on: 2026-09-07", with: "").write(to: plan, atomically: true, encoding: .utf8)
        #expect(PlanPipeline().run(path: plan.path).improvementPlan?.dates("a") == "2026-08-24…2026-09-08")
    }
}
