import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Calendars as districts keep them (issue 21, item 3): Cedar Bluff's plan
/// (`Fixtures/words/cedar-bluff.yaml`) with its year imported from the district's Google
/// Calendar export (`Fixtures/calendars/cedar-bluff-google.ics`), read through `planwright
/// calendar` as a leader checks it against the board-approved calendar.
///
/// The hand count, Wed Aug 19, 2026 to Fri May 21, 2027, weekdays less days off less PD days:
///   Aug  9 (19-21, 24-28, 31)                                              =  9
///   Sep 22 − Labor Day (7)                                                 = 21
///   Oct 22 − Fall Break (15, 16) − PD (Fri 9)                              = 19
///   Nov 21 − No School (25) − Thanksgiving (26, 27)                        = 18
///   Dec 23 − Christmas Break (21-24, 28-31; 25 in it)                      = 14
///   Jan 21 − Christmas Break (Fri 1) − PD (Mon 4) − Martin Luther King (18) = 18
///   Feb 20 − In-Service (Fri 12) − Presidents' Day (15)                    = 18
///   Mar 23 − Spring Break (15-19)                                          = 18
///   Apr 22 − Good Friday (2) − Easter Monday (5)                           = 20
///   May 15 (3-7, 10-14, 17-21)                                             = 15
///   170 instructional days; with the 3 PD days, 173 school days; the 2 Teacher Workdays
///   (Aug 17-18) are pre-service. The Veterans Day Assembly (Nov 11), the Thanksgiving Lunch
///   for Families (Nov 19), Christmas Around the World (Dec 10) and the K-6 Christmas Program
///   (Dec 17) are school days.
///
/// The weekly Early Out (Fridays 13:00-15:30) has 40 Fridays from Aug 21 to May 21, less 6
/// EXDATEs (Oct 16, Nov 27, Dec 25, Jan 1, Mar 19, Apr 2), its Feb 19 moved to Thu Feb 18: 34;
/// with the conferences' all-day early dismissal (Thu Oct 22; May 21's is also a Friday) 35
/// listed, less the 2 Fridays that are PD days (Oct 9, Feb 12): 33 early-release days.
struct SmallDistrictCalendarTests {
    /// The plan with its written calendar replaced by the import.
    static let importingPlan: String = {
        let plan = Fixtures.text("words/cedar-bluff.yaml")
        let written = """
              closed:
                - { name: Labor Day, from: 2026-09-07, to: 2026-09-07 }
                - { name: Thanksgiving break, from: 2026-11-25, to: 2026-11-27 }
                - { name: Winter break, from: 2026-12-21, to: 2027-01-01 }
                - { name: Spring break, from: 2027-03-15, to: 2027-03-19 }
              testing:
                - { name: State testing, from: 2027-04-12, to: 2027-04-23 }
              pd_days:
                - { name: Fall PD day, on: 2026-10-09 }
                - { name: January PD day, on: 2027-01-04 }
                - { name: February PD day, on: 2027-02-15 }
              early_release: { day: friday, time: "13:30-15:00" }

            """
        return plan.replacingPresent(written, with: "  import: cedar-bluff-google.ics\n")
    }()

    struct Planned {
        let result: PlanPipeline.Result
        let plan: ImprovementPlan
        /// `planwright calendar` as the leader reads it.
        let report: String
        /// Warnings as `file:line message`.
        let warnings: [String]
    }

    static func planned(_ yaml: String = importingPlan) throws -> Planned {
        let scratch = try NamedFileSafetyTests.Scratch()
        defer { scratch.remove() }
        try FileManager.default.copyItem(at: Fixtures.url("calendars/cedar-bluff-google.ics"), to: scratch.url("cedar-bluff-google.ics"))
        try scratch.write("cedar-bluff.yaml", yaml)
        let result = PlanPipeline(planner: Planner(asOf: SchoolDate(iso: "2026-08-19"))).run(path: scratch.url("cedar-bluff.yaml").path)
        let plan = try #require(result.improvementPlan, "\(result.diagnostics.map(\.message))")
        let warnings = result.diagnostics.filter { $0.severity == .warning && $0.location?.file.hasSuffix(".ics") == true }
            .map { "ics:\($0.location?.line ?? 0) \($0.message)" }
        return Planned(result: result, plan: plan, report: SchoolYearTextReport.render(plan), warnings: warnings)
    }

    @Test func theYearCountsTheHandCountedDays() throws {
        let planned = try Self.planned()
        #expect(!planned.result.hasErrors, "\(planned.result.diagnostics.map(\.message))")
        #expect(planned.report.hasPrefix("Cedar Bluff School District: school year Wed, Aug 19, 2026 – Fri, May 21, 2027\n"
                                         + "170 instructional days (school days with students) · 173 school days · 3 PD days · "
                                         + "2 pre-service PD days before the first day\n"), "\(planned.report)")
    }

    @Test func aHolidayInAnEventsTitleIsASchoolDayAndABareHolidayIsADayOff() throws {
        let planned = try Self.planned()
        let report = planned.report
        // The events held at school on or about a holiday are school days, listed with why.
        for line in ["  Wed, Nov 11 · Veterans Day Assembly · an event held at school (it says 'assembly'), not a day off · ",
                     "  Thu, Nov 19 · Thanksgiving Lunch for Families · an event held at school (it says 'lunch'), not a day off · ",
                     "  Thu, Dec 17 · K-6 Christmas Program (7 pm) · an event held at school (it says 'program'), not a day off · "] {
            #expect(report.contains("\nIMPORTED EVENTS LEFT OUT (school as usual)\n") && report.contains(line), "\(line)")
        }
        for day in ["2026-11-11", "2026-11-19", "2026-12-10", "2026-12-17"] {
            #expect(planned.plan.calendar.isSchoolDay(SchoolDate(iso: day)!), "\(day)")
        }
        // Bare holiday names and closure words close school.
        for line in ["  Wed, Nov 25 · closed · No School · 1 weekday · ",
                     "  Thu, Nov 26 – Fri, Nov 27 · closed · Thanksgiving · 2 weekdays · ",
                     "  Mon, Dec 21 – Fri, Jan 1 · closed · Christmas Break · 10 weekdays · ",
                     "  Mon, Jan 18 · closed · Martin Luther King Jr. Day · 1 weekday · ",
                     "  Mon, Feb 15 · closed · Presidents' Day · 1 weekday · ",
                     "  Fri, Apr 2 · closed · Good Friday · 1 weekday · "] {
            #expect(report.contains("\n" + line), "\(line)")
        }
        // In between: left out, and asked about at its event's line, with the rule to write.
        #expect(report.contains("\n  Thu, Dec 10 · Christmas Around the World - 2nd Grade · names a holiday but says more than a day off does; check it · "))
        #expect(planned.warnings.contains("ics:216 'Christmas Around the World - 2nd Grade' on 2026-12-10 names a holiday but says more than a day off's title does, "
                                          + "so it closes no school day; if school is closed then, say so under 'year.import_rules', such as "
                                          + "{ words: [\"Christmas Around the World - 2nd Grade\"], means: closed }, or with 'means: ignored' to keep it a school day without this warning"),
                "\(planned.warnings)")
    }

    @Test func theRuleTheWarningSuggestsClassifiesTheEvent() throws {
        let yaml = Self.importingPlan.replacingPresent("  import: cedar-bluff-google.ics\n", with: """
              import: cedar-bluff-google.ics
              import_rules: [{ words: ["Christmas Around the World - 2nd Grade"], means: ignored }]

            """)
        let planned = try Self.planned(yaml)
        #expect(!planned.warnings.contains { $0.contains("Christmas Around the World") })
        #expect(planned.report.contains("\n  Thu, Dec 10 · Christmas Around the World - 2nd Grade · the plan's rule says it changes nothing · "))
    }

    @Test func timedEventsAreClassifiedAndListedWhenNothingMatches() throws {
        let planned = try Self.planned()
        // 7 pm in Cedar Bluff is 01:00 UTC the next day: listed on the Monday, at local hours.
        #expect(planned.report.contains("\n  Mon, Sep 14 · 19:00-21:00 · School Board Meeting · a built-in rule says it changes nothing · "))
        #expect(planned.report.contains("\n  Fri, Sep 18 · 17:00-19:30 · Volleyball vs. Wheatland (JH 4:00, V 5:00) · no rule knows its words · "))
        #expect(planned.warnings.contains { $0.hasPrefix("ics:115 1 timed event in this calendar says nothing the planner knows, so it closes no school day: "
                                                         + "'Volleyball vs. Wheatland (JH 4:00, V 5:00)' on 2026-09-18; if one is") }, "\(planned.warnings)")
        // A timed test in the morning makes the day a testing day, for the grade it names.
        #expect(planned.report.contains("\n  Tue, Apr 6 · testing · ACT School Day - Grade 11 · only grade 11 · 1 weekday · "))
    }

    @Test func aTimedWeeklyEarlyOutIsReadWithItsHoursAndTrainingUsesThem() throws {
        let planned = try Self.planned()
        #expect(planned.report.contains("\nEARLY RELEASE\n  33 days, 33 of them from imported calendars\n    Fri, Aug 21; Fri, Aug 28; Fri, Sep 4;"), "\(planned.report)")
        #expect(planned.report.contains("\n  imported: Fri, Aug 21 · 13:00-15:30 · "))
        // The moved instance, on its own day with its own line.
        #expect(planned.report.contains("\n  imported: Thu, Feb 18 · 13:00-15:30 · ") && planned.report.contains("Thu, Feb 18; Fri, Feb 26;")
                && !planned.report.contains("imported: Fri, Feb 19"))
        // An all-day early dismissal has no hours of its own.
        #expect(planned.report.contains("\n  imported: Thu, Oct 22 · ") && !planned.report.contains("imported: Thu, Oct 22 · 13"))
        // Training on an early-out afternoon is at its hours, not the planner's default: from
        // 1:00, one session after another as the two and a half hours hold them.
        let early = planned.plan.training.sessions.filter { $0.slot == .earlyRelease }
        #expect(!early.isEmpty)
        #expect(early.allSatisfy { session in
            session.date == SchoolDate(iso: "2026-10-22")!
                || session.time.map { $0.start >= 13 * 60 && ($0.start - 13 * 60) % session.minutes == 0 && $0.end <= 15 * 60 + 30 } == true
        }, "\(early.map { "\($0.date) \($0.time.map(String.init(describing:)) ?? "-")" })")
    }

    @Test func aTwoHourSessionFitsTheEarlyOutsTwoAndAHalfHours() throws {
        // 120 minutes does not fit the planner's 90-minute early release, but fits 13:00-15:30.
        let yaml = Self.importingPlan.replacingPresent("sessions: 2, minutes: 60 }", with: "sessions: 2, minutes: 120 }")
        let planned = try Self.planned(yaml)
        let long = planned.plan.training.sessions.filter { $0.minutes == 120 && $0.slot == .earlyRelease }
        #expect(!long.isEmpty)
        #expect(long.allSatisfy { $0.time == SlotTime(start: 13 * 60, end: 15 * 60) }, "\(long.map { "\($0.date) \($0.time.map(String.init(describing:)) ?? "-")" })")
    }

    @Test func aPDDayIsNotAlsoAnEarlyRelease() throws {
        let planned = try Self.planned()
        let early = planned.plan.schoolYear.earlyRelease
        for day in ["2026-10-09", "2027-02-12"] {
            #expect(!early.days.contains(SchoolDate(iso: day)!) && !early.imported.contains { $0.date == SchoolDate(iso: day)! }, "\(day)")
            #expect(planned.plan.calendar.pdDays.contains(SchoolDate(iso: day)!))
        }
        #expect(!planned.report.contains("imported: Fri, Oct 9"))
        #expect(planned.report.contains("\n  PD days instead (a day is one or the other): Fri, Oct 9; Fri, Feb 12\n"))
        #expect(!planned.plan.training.sessions.contains { $0.slot == .earlyRelease && [SchoolDate(iso: "2026-10-09")!, SchoolDate(iso: "2027-02-12")!].contains($0.date) })
    }

    @Test func importedTestingWindowsAreForTheGradesTheirTitlesName() throws {
        let planned = try Self.planned()
        #expect(planned.report.contains("\n  Tue, Apr 13 – Thu, Apr 15 · testing · Grade 3-6 State Math Test · only grades 3–6 · 3 weekdays · "), "\(planned.report)")
        #expect(planned.report.contains("\n  Tue, Apr 20 – Thu, Apr 22 · testing · Grades 7-8 State Testing · only grades 7–8 · 3 weekdays · "))
        // The elementary's testing days are school days for the high school.
        let loaded = try #require(planned.result.plan)
        let calendar = SchoolCalendar(year: loaded.year, schools: loaded.schools)
        let math = SchoolDate(iso: "2027-04-14")!
        #expect(calendar.schoolDays.taken(math, at: ["cbe"])?.name == "Grade 3-6 State Math Test")
        #expect(calendar.schoolDays.taken(math, at: ["cbhs"]) == nil)
        #expect(calendar.schoolDays.taken(math, at: ["cbjh"]) == nil)
    }
}

/// A holiday's name closes school only as the whole title; an event's title with one in it is
/// that event; anything else is asked about.
struct HolidayTitleTests {
    let classifier = EventClassifier()

    func reading(_ summary: String) -> EventReading? { classifier.classify(summary: summary, categories: []) }

    @Test func holidaysCloseOnlyByThemselves() {
        for title in ["Christmas Break", "Thanksgiving", "Veterans Day", "Holiday", "Presidents' Day Holiday", "Labor Day (observed)",
                      "Thanksgiving Day and Day After", "Winter Recess", "Martin Luther King Jr. Day", "Spring Break 2027"] {
            #expect(reading(title)?.meaning == .closed, "\(title)")
        }
        for (title, event) in [("Veterans Day Assembly", "assembly"), ("Thanksgiving Lunch for Families", "lunch"),
                               ("K-6 Christmas Program (7 pm)", "program"), ("Holiday Concert", "concert"), ("Christmas Parade", "parade")] {
            #expect(reading(title) == .heldOnHoliday(event: event), "\(title)")
        }
        #expect(reading("Christmas Around the World") == .unsureHoliday(holiday: "christmas"))
        // Closure words close whatever else the title says; a plan's own rule closes as written.
        #expect(reading("No School - Veterans Day Assembly moved")?.meaning == .closed)
        #expect(EventClassifier(planRules: [EventRule(words: ["Christmas Program"], meaning: .closed, location: SourceLocation(file: "p", line: 1, column: 1))])
            .classify(summary: "K-6 Christmas Program", categories: [])?.meaning == .closed)
    }

    @Test func gradesAreReadAsDistrictsWriteThem() {
        func grades(_ text: String) -> String? { GradeWords.grades(in: text)?.description }
        #expect(grades("Grade 3-6 State Math Test") == "3-6")
        #expect(grades("Grades 7–8 State Testing") == "7-8")
        #expect(grades("ACT School Day - Grade 11") == "11")
        #expect(grades("3rd-5th Grade Music Program") == "3-5")
        #expect(grades("Grades 3, 4 and 6 MAP Testing") == "3-4, 6")
        #expect(grades("K-6 Christmas Program") == "K-6")
        #expect(grades("Pre-K Screening") == nil)
        #expect(grades("State Testing Window") == nil)
        #expect(grades("Grade 13 Reunion") == nil)
    }
}

/// An early release for some schools keeps its hours as the district's does.
struct ScopedEarlyReleaseHoursTests {
    @Test func anElementaryEarlyOutKeepsItsHours() {
        let calendar = """
            BEGIN:VCALENDAR\r
            X-WR-TIMEZONE:America/Denver\r
            BEGIN:VEVENT\r
            DTSTART;TZID=America/Denver:20261104T120000\r
            DTEND;TZID=America/Denver:20261104T150000\r
            SUMMARY:Elementary Schools Early Out - Conferences\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART;TZID=America/Denver:20261106T130000\r
            DTEND;TZID=America/Denver:20261106T153000\r
            SUMMARY:Early Out\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let year = SchoolDate(iso: "2026-08-19")!...SchoolDate(iso: "2027-05-21")!
        let days = ICSCalendarReader().read(SourceText(path: "district.ics", bytes: Array(calendar.utf8)), year: year).value
        #expect(days.schoolEarlyRelease.map { "\($0.from) \($0.scope?.grades?.description ?? "-")" } == ["2026-11-04 PK-5"])
        #expect(days.earlyReleaseTimes == [SchoolDate(iso: "2026-11-04")!: SlotTime(start: 12 * 60, end: 15 * 60)!,
                                           SchoolDate(iso: "2026-11-06")!: SlotTime(start: 13 * 60, end: 15 * 60 + 30)!])
    }
}
