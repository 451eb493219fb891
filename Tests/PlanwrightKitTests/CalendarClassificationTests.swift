import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// An imported district calendar is read for what each event means: a closure, an early
/// release, a PD day, testing, or nothing; an all-day event no rule knows closes no school day
/// and is named in one warning.
struct CalendarClassificationTests {
    static let calendar = """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260824
        SUMMARY:First Day for Students
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260904
        SUMMARY:Labor Day - No School
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260916
        SUMMARY:Early Dismissal
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261009
        SUMMARY:Teacher Workday - No Students
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20270419
        DTEND;VALUE=DATE:20270424
        SUMMARY:State Testing
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261105
        SUMMARY:Parent-Teacher Conferences
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261120
        SUMMARY:Robotics Fair
        END:VEVENT
        END:VCALENDAR

        """

    func planned(rules: String = "") throws -> (PlanPipeline.Result, NamedFileSafetyTests.Scratch) {
        let scratch = try NamedFileSafetyTests.Scratch()
        try scratch.write("district.ics", Self.calendar)
        try scratch.write("plan.yaml", PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11, import: district.ics\(rules) }",
                                                        goals: PlanFixture.goal("{ id: a, title: A, days: 3 }")))
        return (PlanPipeline().run(path: scratch.url("plan.yaml").path), scratch)
    }

    @Test func eachEventGivesTheYearWhatItMeans() throws {
        let (result, scratch) = try planned()
        defer { scratch.remove() }
        let plan = try #require(result.improvementPlan)
        #expect(plan.calendar.closures.map { "\($0.name ?? "") \($0.from)" } == ["Labor Day - No School 2026-09-04"])
        #expect(plan.calendar.pdDays == [SchoolDate(iso: "2026-10-09")!])
        #expect(plan.calendar.testingWindows.map { "\($0.from)…\($0.to)" } == ["2027-04-19…2027-04-23"])
        #expect(plan.schoolYear.earlyRelease.days == [SchoolDate(iso: "2026-09-16")!])
        // The first day of school, the conferences and the fair are school days.
        #expect(plan.calendar.isSchoolDay(SchoolDate(iso: "2026-08-24")!) && plan.calendar.isSchoolDay(SchoolDate(iso: "2026-11-05")!)
                && plan.calendar.isSchoolDay(SchoolDate(iso: "2026-11-20")!))
        let warning = try #require(result.diagnostics.first { $0.message.contains("say nothing the planner knows") })
        #expect(warning.message.hasPrefix("2 all-day events in this calendar say nothing the planner knows, so they close no school day: "
                                          + "'Parent-Teacher Conferences' on 2026-11-05, 'Robotics Fair' on 2026-11-20; if one is a closure"))
        #expect(warning.location?.line == 23)
        // `planwright calendar` lists what was left out, and why.
        #expect(plan.schoolYear.leftOut.map { "\($0.from) \($0.name ?? "") · \(LeftOutReasonWords.words($0.reason))" } == [
            "2026-08-24 First Day for Students · a built-in rule says it changes nothing",
            "2026-11-05 Parent-Teacher Conferences · no rule knows its words",
            "2026-11-20 Robotics Fair · no rule knows its words",
        ])
        #expect(SchoolYearTextReport.render(plan).contains("\nEARLY RELEASE\n  1 day, 1 of them from imported calendars\n    Wed, Sep 16\n  imported: Wed, Sep 16 · "))
        #expect(plan.schoolYear.earlyRelease.imported.map { $0.source.hasSuffix("district.ics:10") } == [true])
        #expect(SchoolYearTextReport.render(plan).contains("\nIMPORTED EVENTS LEFT OUT (school as usual)\n  Mon, Aug 24 · First Day for Students · a built-in rule says it changes nothing · "))
    }

    @Test func thePlansOwnRulesComeFirst() throws {
        let (result, scratch) = try planned(rules: ", import_rules: [{ words: [Conferences], means: closed }, { words: Robotics Fair, means: ignored }]")
        defer { scratch.remove() }
        let plan = try #require(result.improvementPlan)
        #expect(plan.calendar.closures.map(\.from) == [SchoolDate(iso: "2026-09-04")!, SchoolDate(iso: "2026-11-05")!])
        #expect(!result.diagnostics.contains { $0.message.contains("say nothing the planner knows") })
    }

    @Test func aRuleWithoutWordsOrWithAnUnknownMeaningIsAnErrorAtIt() throws {
        let (result, scratch) = try planned(rules: ", import_rules: [{ words: [], means: closed }, { words: [Fair], means: shut }]")
        defer { scratch.remove() }
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains("this import rule names no words; write the words an event's title holds, such as [Conferences]"))
        #expect(errors.contains { $0.contains("'means'") && $0.contains("shut") })
    }

    /// An imported workday inside a break the same calendar lists is left out with a warning,
    /// not an error: calendars mark the teachers' days before the first day that way.
    @Test func anImportedPDDayOnAClosedDayIsAWarning() throws {
        let scratch = try NamedFileSafetyTests.Scratch()
        defer { scratch.remove() }
        try scratch.write("district.ics", """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261123
            DTEND;VALUE=DATE:20261128
            SUMMARY:Thanksgiving Break
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261123
            SUMMARY:Teacher Workday
            END:VEVENT
            END:VCALENDAR

            """)
        try scratch.write("plan.yaml", PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11, import: district.ics }",
                                                        goals: PlanFixture.goal("{ id: a, title: A, days: 3 }")))
        let result = PlanPipeline().run(path: scratch.url("plan.yaml").path)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("the imported PD day 'Teacher Workday' falls on 2026-11-23, which is closed for Thanksgiving Break; no training is placed on it") })
        #expect(result.improvementPlan?.calendar.pdDays == [])
    }
}
