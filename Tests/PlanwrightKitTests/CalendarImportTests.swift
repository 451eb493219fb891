import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct CalendarImportTests {
    func read(_ text: String) -> ICSCalendarReader.Result {
        ICSCalendarReader().read(SourceText(path: "closures.ics", bytes: Array(text.utf8)))
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
        // A timed event closes no day, whatever its words; one whose words say closure is asked about.
        #expect(result.diagnostics.map { "\($0.location?.line ?? 0) \($0.message.hasPrefix("'Board meeting (timed: not a closure)' on 2026-10-14 is a timed event, so it closes no school day"))" }
                == ["9 true"])
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
        try yaml.replacingPresent(", on: 2026-09-07", with: "").write(to: plan, atomically: true, encoding: .utf8)
        #expect(PlanPipeline().run(path: plan.path).improvementPlan?.dates("a") == "2026-08-24…2026-09-08")
    }
}

/// Reading real calendars: repeating events, time zones, events outside the year, and bounds on hostile input.
struct CalendarOccurrenceTests {
    static let year = SchoolDate(iso: "2026-08-24")!...SchoolDate(iso: "2027-06-11")!

    func occurrences(_ events: String, header: String = "", within window: ClosedRange<SchoolDate>? = year) -> Checked<[CalendarOccurrence]> {
        ICSOccurrenceReader().read(SourceText(path: "district.ics", bytes: Array("BEGIN:VCALENDAR\nVERSION:2.0\n\(header)\(events)END:VCALENDAR\n".utf8)), within: window)
    }

    func days(_ read: Checked<[CalendarOccurrence]>) -> [String] {
        read.value.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)…\($0.last)" }
    }

    func event(_ lines: String) -> String { "BEGIN:VEVENT\n\(lines)\nEND:VEVENT\n" }

    @Test func aYearlyHolidayFirstHeldDecadesAgoFallsOnThisYearsDate() {
        let read = occurrences(event("UID:labor\nDTSTART;VALUE=DATE:19700907\nRRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1MO\nSUMMARY:Labor Day"))
        #expect(read.diagnostics.isEmpty)
        #expect(days(read) == ["2026-09-07"])
        #expect(read.value.first?.summary == "Labor Day")
        #expect(read.value.first?.timing == .allDay)
    }

    @Test func eventsOutsideTheYearAreSkippedWithOneNoteAndOverlapsAreKept() {
        let read = occurrences(event("DTSTART;VALUE=DATE:20260101\nSUMMARY:Old") + event("DTSTART;VALUE=DATE:20280101\nSUMMARY:Later")
                               + event("DTSTART;VALUE=DATE:20260615\nDTEND;VALUE=DATE:20260828\nSUMMARY:Summer break"))
        #expect(read.diagnostics.map { "\($0.severity) \($0.location!.line) \($0.message)" } == [
            "note 1 2 events of this calendar fall outside the school year (2026-08-24 to 2027-06-11) and are skipped",
        ])
        #expect(days(read) == ["2026-06-15…2026-08-27"])
        // What the year gets is clipped to it.
        #expect(ImportedDays(read.value, clippedTo: Self.year, classifier: EventClassifier()).closed.map { "\($0.from)…\($0.to)" } == ["2026-08-24…2026-08-27"])
    }

    @Test func utcTimesCountInTheCalendarsZoneAndZonedTimesOnTheirLocalDate() {
        let late = event("DTSTART:20261016T023000Z\nDTEND:20261016T040000Z\nSUMMARY:Dance")
        #expect(days(occurrences(late, header: "X-WR-TIMEZONE:America/New_York\n")) == ["2026-10-15"])
        #expect(days(occurrences(late)) == ["2026-10-16"])
        // Outlook's Windows zone name; an EXDATE written in UTC removes the local instance it names.
        let weekly = event("""
            DTSTART;TZID="Eastern Standard Time":20261006T210000
            DTEND;TZID="Eastern Standard Time":20261006T220000
            RRULE:FREQ=WEEKLY;COUNT=3
            EXDATE:20261014T010000Z
            SUMMARY:Webinar
            """)
        let read = occurrences(weekly)
        #expect(read.diagnostics.isEmpty)
        #expect(days(read) == ["2026-10-06", "2026-10-20"])
        #expect(read.value.allSatisfy { $0.timing == .timed })
    }

    @Test func movedAndCancelledInstancesReplaceTheSeries() {
        let read = occurrences(event("UID:s\nDTSTART;VALUE=DATE:20260902\nRRULE:FREQ=WEEKLY;COUNT=4\nRDATE;VALUE=DATE:20261007\nEXDATE;VALUE=DATE:20260909\nSUMMARY:Late start")
                               + event("UID:s\nRECURRENCE-ID;VALUE=DATE:20260916\nDTSTART;VALUE=DATE:20260917\nSUMMARY:Late start (moved)")
                               + event("UID:s\nRECURRENCE-ID;VALUE=DATE:20260923\nDTSTART;VALUE=DATE:20260923\nSTATUS:CANCELLED\nSUMMARY:Late start"))
        #expect(read.diagnostics.isEmpty)
        #expect(read.value.map { "\($0.first) \($0.summary!) line \($0.location.line)" } == [
            "2026-09-02 Late start line 3", "2026-09-17 Late start (moved) line 11", "2026-10-07 Late start line 3",
        ])
    }

    @Test func hostileRulesStayBoundedAndAreDiagnosedAtTheirLine() {
        // Daily from year 1, counted the whole way: bounded by the year's end.
        let counted = occurrences(event("DTSTART;VALUE=DATE:00010101\nRRULE:FREQ=DAILY;COUNT=999999999999\nSUMMARY:Forever"))
        #expect(counted.value.count == 292)
        #expect(counted.diagnostics.isEmpty)
        // A position no month has, and an interval no plan reaches: DTSTART only (RFC 5545: it is always the first), and no endless search.
        #expect(days(occurrences(event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-9\nSUMMARY:Never"))) == ["2026-09-01"])
        #expect(days(occurrences(event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=DAILY;INTERVAL=999999999999\nSUMMARY:Once"))) == ["2026-09-01"])
        #expect(days(occurrences(event("DTSTART;VALUE=DATE:00010101\nRRULE:FREQ=YEARLY;INTERVAL=7;BYMONTH=2;BYMONTHDAY=30\nSUMMARY:No such day"))) == [])
        // With no year to stop at, one event gives at most the limit, and says so.
        let capped = occurrences(event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=DAILY\nSUMMARY:Daily"), within: nil)
        #expect(capped.value.count == ICSOccurrenceReader.occurrenceLimit)
        #expect(capped.diagnostics.map { "\($0.severity) \($0.location!.line) \($0.message)" } == [
            "warning 5 this repeating event has more than 1,000 dates in the school year; only the first 1,000 are read",
        ])
        let bad = occurrences(event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=FORTNIGHTLY\nSUMMARY:x") + event("DTSTART;TZID=Mars/Olympus:20260901T090000\nSUMMARY:y")
                              + event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=HOURLY\nSUMMARY:z"))
        #expect(bad.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "5:7 this RRULE has FREQ=FORTNIGHTLY; write DAILY, WEEKLY, MONTHLY or YEARLY; the event counts once, on 2026-09-01",
            "9:27 the time zone 'Mars/Olympus' is not one Planwright knows; its times count on the dates they are written with",
            "14:7 this RRULE repeats hourly, within a day; school calendars list days; the event counts once, on 2026-09-01",
        ])
        #expect(bad.value.count == 3)
    }

    @Test func eachProblemOfAnEventIsReportedAtItsLineAndColumn() {
        let read = occurrences(event("DTSTART:20260901T0900\nSUMMARY:a") + event("DTSTART:20260901T090000\nDTEND:20260901T080000\nSUMMARY:b")
                               + event("DTSTART;VALUE=DATE:20260901\nDURATION:one day\nSUMMARY:c")
                               + event("DTSTART;VALUE=DATE:20260901\nRRULE:FREQ=WEEKLY\nEXDATE;VALUE=DATE:2026-09-08\nSUMMARY:d"))
        #expect(read.diagnostics.map { "\($0.severity) \($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "error 4:9 DTSTART '20260901T0900' is not a date and time written YYYYMMDDTHHMMSS (with Z at the end for UTC)",
            "error 9:7 DTEND '20260901T080000' is before the event's DTSTART",
            "error 14:10 DURATION 'one day' is not a length of time written like P1D, P2W or PT1H30M",
            "error 20:19 EXDATE '2026-09-08' is not a date written YYYYMMDD or a date and time written YYYYMMDDTHHMMSS",
        ])
        // The weekly series is still read; its broken EXDATE removes nothing.
        #expect(read.value.filter { $0.summary == "d" }.count == 41)
    }

    @Test func aPlanImportsAListOfCalendars() throws {
        let scratch = try NamedFileSafetyTests.Scratch()
        defer { scratch.remove() }
        try scratch.write("district.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19950904\r\nRRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1MO\r\nSUMMARY:Labor Day\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250704\r\nSUMMARY:Last July\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        try scratch.write("testing.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260908\nDTEND;VALUE=DATE:20260910\nSUMMARY:State Testing\nEND:VEVENT\nEND:VCALENDAR\n")
        try scratch.write("plan.yaml", PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11, import: [district.ics, testing.ics], early_release: wednesday }",
                                                        goals: PlanFixture.goal("{ id: a, title: A, days: 11 }")))
        let result = PlanPipeline().run(path: scratch.url("plan.yaml").path)
        #expect(result.diagnostics.map { "\($0.severity) \($0.location.map { ($0.file as NSString).lastPathComponent } ?? "") \($0.message)" } == [
            "note district.ics 1 event of this calendar falls outside the school year (2026-08-24 to 2027-06-11) and is skipped",
        ])
        // 11 school days from 2026-08-24, skipping Labor Day; the state's testing days are a
        // testing window, where school goes on (no training, no rollout), not closures.
        #expect(result.improvementPlan?.dates("a") == "2026-08-24…2026-09-08")
        #expect(result.improvementPlan?.calendar.testingWindows.map { "\($0.name ?? "") \($0.from)…\($0.to)" } == ["State Testing 2026-09-08…2026-09-09"])
    }
}
