import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Inputs a careful tester (or an unlucky export) sends: each is an error at its place, or
/// handled as a user would expect.
struct HostileInputTests {
    /// The characters HTML cannot hold: C0 but tab and line breaks, DEL, C1.
    static func controls(in page: String) -> [String] {
        page.unicodeScalars.filter(HTMLText.isForbidden).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// VT, ESC, DEL, NEL (U+0085) and CSI (U+009B) in a district's, a school's, a person's and a
    /// milestone's names and in Markdown text, as a plan copied from a word processor or a
    /// roster export can carry them (the YAML escapes make the characters).
    static let yaml = #"""
        planwright: 1
        district: { name: "Maple\vValley \e[1mUnified\x7F", vision: "Every student\N connected \x9B31m.", team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, early_release: wednesday }
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3, evidence: "Survey\v of staff\x7F" } } }
        schools: [{ id: north, name: "North\N Elementary\x1F" }]
        staff: [{ id: s1, name: "Ann \e]0;x\a Lee", school: north, comfort: 4, champion: yes }, { id: s2, name: "Bo\x7F Diaz", school: north, comfort: 2 }]
        goals:
          - id: g
            title: "Connected\v classrooms"
            description: "Wi-Fi\N in every room\x85"
            indicators: [shared-vision]
            measures: [{ name: "Rooms\x7F online", unit: "rooms\v", baseline: 1, target: 5, observations: [{ date: 2026-09-01, value: 2 }] }]
            milestones:
              - { id: m1, title: "Survey\x0B coverage \e[31m", days: 5 }
        """#

    @Test func noControlCharacterReachesAnHTMLPage() throws {
        let result = PlanFixture.run(Self.yaml)
        let plan = try #require(result.improvementPlan, "\(result.diagnostics.map(\.message))")
        let pages = try BuildOutputTests.render(plan).files.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".svg") }
        #expect(pages.count >= 3)
        for page in pages {
            #expect(Self.controls(in: page.contents) == [], "\(page.path)")
        }
        // What was around them is still there, with the stand-in the terminal and Markdown show.
        let school = try #require(pages.first { $0.path == "schools/north.html" }).contents
        #expect(school.contains("North\u{FFFD} Elementary\u{FFFD}"), "\(school)")
    }

    /// A write to a full disk fails: the command says so and exits non-zero, never 0 with the output lost.
    @Test(arguments: [["schema"], ["plan", "--format", "json", "Plans/maple-valley.yaml"], ["calendar", "Plans/maple-valley.yaml"]])
    func aFailedWriteToStandardOutputExitsNonZero(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = GoodPlanTests.packageRoot
        let err = Pipe()
        (process.standardOutput, process.standardError) = (full, err)
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(arguments)")
        #expect(stderr.hasPrefix("planwright: could not write the output: "), "\(stderr)")
    }
}

extension HostileInputTests {
    /// `init new/` (a trailing slash) or `init` of an existing folder names a folder: an error
    /// that asks for the file's name, and nothing written, never a file called `new`.
    @Test func initOfAFolderAsksForTheFileName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-init-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let trailing = NewPlan().write(to: folder.appendingPathComponent("new").path + "/", framework: "edtech-systems", district: nil)
        #expect(trailing.diagnostics.map(\.message) == ["'\(folder.path)/new/' names a folder; init writes one plan file: give its name, such as '\(folder.path)/new/plan.yaml'"])
        #expect(trailing.value.isUsageError)
        let existing = NewPlan().write(to: folder.path, framework: "edtech-systems", district: nil)
        #expect(existing.diagnostics.map(\.message) == ["'\(folder.path)' names a folder; init writes one plan file: give its name, such as '\(folder.path)/plan.yaml'"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }
}

extension HostileInputTests {
    /// A users.csv whose first line names `sourcedId` twice (an export joined from two tables):
    /// which column holds the ids is unclear, so it is an error at the second name.
    @Test func aRosterHeaderNamingSourcedIdTwiceIsAnErrorThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-roster-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.url("oneroster/v1.1"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let users = folder.appendingPathComponent("users.csv")
        let text = try String(contentsOf: users, encoding: .utf8)
        try text.replacingPresent(",metadata.custom\r\n", with: ",sourcedId\r\n", firstOnly: true).write(to: users, atomically: true, encoding: .utf8)
        let result = OneRosterReader().read(directory: folder.path, survey: nil, at: OneRosterReaderTests.planLocation)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\(OneRosterReaderTests.file($0.location!)):\($0.location!.line):\($0.location!.column) \($0.message)" }
        #expect(errors == ["users.csv:1:116 users.csv names the column 'sourcedId' twice in its first line, so which one to read is unclear; remove or rename one"])
    }
}

extension HostileInputTests {
    /// A school year typed as 9998-99 (for 2026-27) with a five-year budget would run to FY10003:
    /// an error where the budget's years are set, never `FY10000` and five-digit dates in budget.csv.
    @Test func aBudgetPastFY9999IsAnError() throws {
        let year = "{ start: 9998-08-24, end: 9999-06-11, early_release: wednesday }"
        let yaml = PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"),
                                    extra: "budget: { years: 5 }\nfunding: [{ id: gf, name: General fund, amount: 1000 }]")
        let result = PlanFixture.run(yaml)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
        #expect(errors == ["9:9 the budget's 5 fiscal years run from FY9999 to FY10003, past FY9999, the last year a date can be written; check the school year's dates, or plan fewer budget years"], "\(errors)")
        // The same district in 2026-27 plans, and its budget reads back.
        let sound = PlanFixture.run(yaml.replacingPresent("9998-08-24", with: "2026-08-24").replacingPresent("9999-06-11", with: "2027-06-11"))
        #expect(!sound.hasErrors)
    }
}

extension HostileInputTests {
    /// A calendar saved with LF line ends whose event holds a lone CR (pasted from an old Mac
    /// file): the CR ends its line as editors show it, so the rule after it closes five days and
    /// never ends up in the title.
    @Test func aLoneCarriageReturnInAnLFCalendarEndsItsLine() {
        let text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261012\n"
            + "SUMMARY:No School\rRRULE:FREQ=DAILY;COUNT=5\nEND:VEVENT\nEND:VCALENDAR\n"
        let result = ICSCalendarReader().read(SourceText(path: "district.ics", bytes: Array(text.utf8)))
        let days = result.closures.flatMap { span in (0...(span.to.dayNumber - span.from.dayNumber)).map { "\(span.name ?? "?") \(span.from.adding(days: $0))" } }
        #expect(days == ["No School 2026-10-12", "No School 2026-10-13", "No School 2026-10-14", "No School 2026-10-15", "No School 2026-10-16"],
                "\(result.closures) \(result.diagnostics.map(\.message))")
    }
}

extension HostileInputTests {
    /// A survey of 100,000 answers from people the roster lacks (the survey of last year's
    /// staff): only the capped first warnings are built and kept, then ONE line counts the rest,
    /// however many digits their row numbers have.
    @Test func aHugeSurveyOfUnknownStaffKeepsTheCapAndOneSummaryLine() throws {
        var text = "staff_id,comfort,champion\n"
        for n in 1...100_000 { text += "former-\(n),3,no\n" }
        let file = CSVFile(SourceText(path: "/district/staff-survey.csv", bytes: Array(text.utf8)), name: "staff-survey.csv")
        var staff = [StaffMember]()
        var reader = StaffSurveyReader()
        reader.merge(file, into: &staff)
        #expect(reader.answers.built <= DiagnosticCollector.maxPerFile + 1)
        let lines = DiagnosticCollector.merging(reader.diagnostics)
        #expect(lines.count == DiagnosticCollector.maxPerFile + 1)
        let summaries = lines.filter { $0.summarizes != nil }
        #expect(summaries.map(\.summarizes) == [100_000 - DiagnosticCollector.maxPerFile])
        #expect(summaries.first?.message.hasPrefix("… and 99,800 more warnings like this, not listed: staff-survey.csv row 202: 'staff_id' 'former-201' is not") == true,
                "\(summaries.map(\.message))")
    }

    /// Kinds of diagnostics made elsewhere are told by their words, not by how long their numbers are.
    @Test func aMessagesShapeIgnoresTheLengthOfItsNumbers() {
        let short = "staff-survey.csv row 7: 'staff_id' 'x' is not a teacher, aide or administrator in users.csv, so this answer is left out"
        let long = "staff-survey.csv row 999999: 'staff_id' 'former-staff-member-0001' is not a teacher, aide or administrator in users.csv, so this answer is left out"
        #expect(DiagnosticCollector.shape(of: short) == DiagnosticCollector.shape(of: long))
    }
}

extension HostileInputTests {
    /// `status --as-of 2100-01-01` on a 2026-27 plan: unfinished work is re-planned from that
    /// date, never to end before it.
    @Test func anAsOfDateYearsAheadReplansFromThatDate() throws {
        let yaml = PlanFixture.yaml(goals: PlanFixture.goal("{ id: survey, title: Survey classroom coverage, days: 5 }, { id: fix, title: Fix the weak access points, days: 10, after: [survey] }"))
        let result = PlanFixture.run(yaml, asOf: "2100-01-01")
        let plan = try #require(result.improvementPlan)
        let late = plan.progress.milestones.filter { $0.state == .late }
        // The district's own work and the framework's cycle reviews, all unfinished.
        #expect(Set(late.map(\.id)).isSuperset(of: ["survey", "fix"]))
        for milestone in late {
            #expect(milestone.end >= SchoolDate(iso: "2100-01-01")!, "\(milestone.id) re-planned to end \(milestone.end)")
        }
    }

    @Test func weekdaysBetweenTwoDaysAreCounted() {
        let friday = SchoolDate(iso: "2029-06-29")!.dayNumber, nextFriday = SchoolDate(iso: "2029-07-06")!.dayNumber
        #expect(SchoolCalendar.weekdays(after: friday, before: nextFriday) == 4)
        #expect(SchoolCalendar.weekdays(after: friday, before: friday + 1) == 0)
        #expect(SchoolCalendar.weekdays(after: friday, before: friday + 3) == 0)
        #expect(SchoolCalendar.weekdays(after: friday, before: friday + 4) == 1)
    }
}

extension HostileInputTests {
    /// An as-of date so far ahead that re-planned work would end in a five-digit year is refused
    /// at the command line (exit 2), so no output ever shows "Jan 17, 10000".
    @Test func anAsOfDateNearYear9999IsRefused() throws {
        let result = try CommandLineTests().run(["status", "--as-of", "9999-12-31", "Plans/maple-valley.yaml"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.contains("--as-of 9999-12-31 is too far ahead: work re-planned from it would end past the year 9999; give a date before 9900"), "\(result.stderr)")
    }
}
