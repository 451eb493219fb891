import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The school year is at most two years long, its calendar is built in time linear in days
/// plus closures, and its dates print with four-digit years that read back.
struct SchoolYearLimitTests {
    static let here = SourceLocation(file: "t", line: 1, column: 1)
    static func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }

    static func year(closed: [DateSpan], pdDays: [DateSpan] = [], start: String = "2026-08-24", end: String = "2027-06-11") -> SchoolYear {
        SchoolYear(start: date(start), end: date(end), closed: closed, testing: [], pdDays: pdDays, earlyRelease: .none,
                   cycles: .count(3), location: here)
    }

    /// `count` closures in flow style, each over the whole of the given dates.
    static func closures(_ count: Int, from: String, to: String) -> String {
        "[" + (0..<count).map { "{ name: C\($0), from: \(from), to: \(to) }" }.joined(separator: ", ") + "]"
    }

    @Test func aYearOfCenturiesIsRefusedAtItsEndAndNotPlanned() {
        let year = "{ start: 0001-08-24, end: 9999-06-11, closed: \(Self.closures(10_000, from: "0001-09-01", to: "9999-05-01")) }"
        let result = PlanFixture.run(PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")))
        #expect(result.improvementPlan == nil)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "the school year ends on 9999-06-11, more than two years after its start on 0001-08-24; a plan covers one school year, so set 'end' to its last day of school",
        ])
    }

    @Test func twoYearsIsTheLongestYear() {
        let goal = PlanFixture.goal("{ id: a, title: A, days: 5 }")
        let twoYears = PlanFixture.run(PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2028-08-24 }", goals: goal))
        #expect(!twoYears.hasErrors, "\(twoYears.diagnostics.map(\.message))")
        let longer = PlanFixture.run(PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2028-08-30 }", goals: goal))
        #expect(longer.diagnostics.contains { $0.message.hasPrefix("the school year ends on 2028-08-30, more than two years after its start") })
    }

    /// 10,000 closures each over the whole year (and past it) used to mean 10,000 visits of
    /// every day; now each day is visited once, so the work stays near days plus closures.
    @Test func buildingTheCalendarIsLinearInDaysPlusClosures() {
        let spans = (0..<10_000).map { DateSpan(name: "C\($0)", from: Self.date("0001-01-01"), to: Self.date("9999-12-31"), location: Self.here) }
        let calendar = SchoolCalendar(year: Self.year(closed: spans, pdDays: spans))
        let days = Self.date("2027-06-11").dayNumber - Self.date("2026-08-24").dayNumber + 1 + SchoolCalendar.summerRunway
        #expect(calendar.constructionSteps <= 4 * (days + 3 * spans.count), "\(calendar.constructionSteps) steps")
        #expect(calendar.schoolDayCount == 0)
        #expect(calendar.closure(on: Self.date("2026-12-01")) == "C0")
        // Every day of the year is closed; only the pre-service days before it (closures count in the year only) are left.
        #expect(calendar.pdDays.allSatisfy { $0 < Self.date("2026-08-24") } && calendar.instructionalDayCount == 0)
    }

    @Test func theFirstClosureListedNamesADayAndClosuresAreClippedToTheYear() {
        let spans = [
            DateSpan(name: "Winter break", from: Self.date("2026-12-21"), to: Self.date("2027-01-01"), location: Self.here),
            DateSpan(name: "Snow day", from: Self.date("2026-12-18"), to: Self.date("2026-12-22"), location: Self.here),
            DateSpan(name: "Before", from: Self.date("2026-08-01"), to: Self.date("2026-08-24"), location: Self.here),
        ]
        let pd = [DateSpan(name: nil, from: Self.date("2026-10-08"), to: Self.date("2026-10-09"), location: Self.here),
                  DateSpan(name: nil, from: Self.date("2026-10-09"), to: Self.date("2026-10-09"), location: Self.here)]
        let calendar = SchoolCalendar(year: Self.year(closed: spans, pdDays: pd))
        #expect(calendar.closure(on: Self.date("2026-12-21")) == "Winter break")
        #expect(calendar.closure(on: Self.date("2026-12-18")) == "Snow day")
        #expect(calendar.closure(on: Self.date("2026-08-24")) == "Before")
        #expect(!calendar.isSchoolDay(Self.date("2026-08-24")))
        #expect(calendar.pdDays == [Self.date("2026-10-08"), Self.date("2026-10-09")])  // each day once
    }

    @Test func tenThousandClosuresInAYearAreCheckedAndPlanned() throws {
        let year = "{ start: 2026-08-24, end: 2027-06-11, closed: \(Self.closures(10_000, from: "2026-12-21", to: "2027-01-01")), pd_days: [{ name: PD, from: 2026-12-14, to: 2026-12-22 }] }"
        let result = PlanFixture.run(PlanFixture.yaml(year: year, goals: PlanFixture.goal("{ id: a, title: A, days: 5, on: 2026-12-18 }")))
        // The PD span's weekend and its two closed days (closed for the first closure listed).
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "the PD day 'PD' falls on 2026-12-19, a Saturday; PD days must be school days",
            "the PD day 'PD' falls on 2026-12-20, a Sunday; PD days must be school days",
            "the PD day 'PD' falls on 2026-12-21, which is closed for C0; PD days must be school days",
            "the PD day 'PD' falls on 2026-12-22, which is closed for C0; PD days must be school days",
        ])
    }

    // MARK: Four-digit years

    @Test func datesPrintWithFourDigitYearsThatReadBack() throws {
        for text in ["0001-01-01", "0009-03-01", "0099-12-31", "0999-01-01", "1200-02-29", "9999-12-31"] {
            let date = try #require(SchoolDate(iso: text), "\(text)")
            #expect(date.description == text)
            #expect(SchoolDate(iso: date.description) == date)
        }
        #expect(SchoolDate(iso: "0000-01-01") == nil)  // there is no year 0
        #expect(MeasureSummaryWords.month(Self.date("0999-09-01")) == "September 0999")
        // Work planned past the year 9999 (summer runway) keeps all its digits, never "0000".
        for (date, text) in [(Self.date("0999-01-02"), "09990102"), (Self.date("9999-12-31").adding(days: 1), "100000101")] {
            var line: [UInt8] = []
            ICalendarText.appendDate(date, to: &line)
            #expect(String(decoding: line, as: UTF8.self) == text)
        }
    }

    @Test func aPlanInTheYear999PrintsItsDatesInFullEverywhere() throws {
        let year = "{ start: 0999-08-24, end: 1000-06-11, closed: [{ name: Winter break, from: 0999-12-21, to: 1000-01-01 }] }"
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], measures: [{ name: M, baseline: 1, target: 2, observations: [{ date: 0999-10-01, value: 1.1 }] }], milestones: [{ id: a, title: A, days: 5 }] }]"
        let yaml = PlanFixture.yaml(year: year, goals: goals).replacingPresent("date: 2026-05-14", with: "date: 0999-05-14")
        let result = PlanFixture.run(yaml, asOf: "0999-08-26")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.improvementPlan)
        #expect(plan.dates("a") == "0999-08-26…0999-08-30")  // the 24th is a Saturday
        let output = try BuildOutputTests.render(plan)
        let files = Dictionary(output.files, uniquingKeysWith: { a, _ in a })
        let ics = try #require(files["calendar.ics"])
        #expect(ics.contains("DTSTART;VALUE=DATE:09990826"), "\(ics)")
        #expect(try #require(files["plan.json"]).contains("\"0999-08-26\""))
        for (path, contents) in output.files {
            // "999-08-24" without its leading 0 would be a date that cannot be read back.
            #expect(!contents.contains(" 999-") && !contents.contains("\"999-") && !contents.contains(">999-") && !contents.contains(",999-"), "\(path)")
        }
    }
}
