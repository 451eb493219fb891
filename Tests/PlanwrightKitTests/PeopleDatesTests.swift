import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Dates written for people ("Tue, Jan 19") in handouts, calendars' titles and the terminal;
/// ISO dates in CSV and JSON (issue 12, item 3).
struct PeopleDatesTests {
    static func date(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }
    /// The 2026-27 school year.
    let dates = PeopleDates(year: date("2026-08-24")...date("2027-06-11"))

    @Test func everyWeekdayHasItsShortName() {
        let week = (0..<7).map { dates.day(Self.date("2027-01-18").adding(days: $0)) }
        #expect(week == ["Mon, Jan 18", "Tue, Jan 19", "Wed, Jan 20", "Thu, Jan 21", "Fri, Jan 22", "Sat, Jan 23", "Sun, Jan 24"])
    }

    @Test func aSpanNamesBothDaysAndOneDayIsNotASpan() {
        #expect(dates.span(Self.date("2027-01-19"), Self.date("2027-01-22")) == "Tue, Jan 19 – Fri, Jan 22")
        #expect(dates.span(Self.date("2026-12-30"), Self.date("2027-01-04")) == "Wed, Dec 30 – Mon, Jan 4")
        #expect(dates.span(Self.date("2027-01-19"), Self.date("2027-01-19")) == "Tue, Jan 19")
    }

    @Test func theYearIsWrittenOnlyOutsideTheSchoolYear() {
        #expect(dates.day(Self.date("2026-08-24")) == "Mon, Aug 24")
        #expect(dates.day(Self.date("2027-06-11")) == "Fri, Jun 11")
        #expect(dates.day(Self.date("2026-08-21")) == "Fri, Aug 21, 2026")
        #expect(dates.day(Self.date("2027-06-14")) == "Mon, Jun 14, 2027")
        #expect(dates.span(Self.date("2027-06-10"), Self.date("2027-06-15")) == "Thu, Jun 10 – Tue, Jun 15, 2027")
        #expect(dates.schoolYear == "Mon, Aug 24, 2026 – Fri, Jun 11, 2027")
    }

    /// The terminal wraps at spaces, but never inside a date: "Fri," at a line's end and
    /// "Dec 11." on the next would leave the reader to piece the day together.
    @Test func wrappingKeepsADateOnOneLine() {
        let text = "Was to end on Tue, Nov 3 and is 12 school days late (not started); re-planned to end on Fri, Dec 11."
        #expect(PlanTextReport.wrap(text, indent: "      ", width: 100)
                == "      Was to end on Tue, Nov 3 and is 12 school days late (not started); re-planned to end on\n      Fri, Dec 11.\n")
        #expect(PlanTextReport.wrap("a Fri, Dec 11 b", indent: "", width: 6) == "a\nFri, Dec 11\nb\n")
    }

    @Test func theLeapDayOf2028IsATuesday() {
        let leapYear = PeopleDates(year: Self.date("2027-08-23")...Self.date("2028-06-09"))
        #expect(leapYear.day(Self.date("2028-02-29")) == "Tue, Feb 29")
        #expect(dates.day(Self.date("2028-02-29")) == "Tue, Feb 29, 2028")
        #expect(leapYear.day(Self.date("2028-03-01")) == "Wed, Mar 1")
    }

    /// A school handout speaks in people's dates; the CSV of the same milestone keeps ISO.
    @Test func aHandoutWritesDatesForPeopleAndTheCSVKeepsISO() throws {
        let yaml = PlanFixture.yaml(goals: PlanFixture.goal("{ id: live, title: Canvas goes live, days: 4, on: 2027-01-19 }"))
        let plan = try #require(PlanFixture.run(yaml, asOf: "2027-01-11").improvementPlan)
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let handout = try #require(files["schools/north.md"])
        #expect(handout.contains("- Tue, Jan 19 – Fri, Jan 22: Canvas goes live"), "\(handout)")
        #expect(handout.contains("as of Mon, Jan 11"))
        #expect(!handout.contains("2027-01-19"))
        let html = try #require(files["schools/north.html"])
        #expect(html.contains("<td class=\"date\">Tue, Jan 19</td><td class=\"date\">Fri, Jan 22</td>"))
        let csv = try #require(files["milestones.csv"])
        #expect(csv.contains("2027-01-19") && csv.contains("2027-01-22"))
        #expect(!csv.contains("Jan 19"))
        #expect(try #require(files["plan.json"]).contains("\"2027-01-19\""))
    }
}
