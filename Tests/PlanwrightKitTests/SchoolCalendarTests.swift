import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct SchoolCalendarTests {
    let calendar: SchoolCalendar = {
        let location = SourceLocation(file: "t", line: 1, column: 1)
        func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }
        let year = SchoolYear(
            start: date("2026-08-24"), end: date("2027-06-11"),
            closed: [DateSpan(name: "Labor Day", from: date("2026-09-07"), to: date("2026-09-07"), location: location),
                     DateSpan(name: "Winter break", from: date("2026-12-21"), to: date("2027-01-01"), location: location)],
            testing: [DateSpan(name: "State testing", from: date("2027-04-19"), to: date("2027-05-07"), location: location)],
            pdDays: [DateSpan(name: nil, from: date("2026-10-09"), to: date("2026-10-09"), location: location)],
            earlyRelease: .weekly(.wednesday), cycles: .count(3), location: location)
        return SchoolCalendar(year: year)
    }()

    @Test func weekendsAndClosuresAreNotSchoolDays() {
        #expect(calendar.isSchoolDay(SchoolDate(iso: "2026-08-24")!))
        #expect(!calendar.isSchoolDay(SchoolDate(iso: "2026-08-29")!))  // Saturday
        #expect(!calendar.isSchoolDay(SchoolDate(iso: "2026-09-07")!))  // Labor Day
        #expect(calendar.closure(on: SchoolDate(iso: "2026-12-31")!) == "Winter break")
        #expect(calendar.closure(on: SchoolDate(iso: "2026-08-30")!) == "Sunday")
    }

    @Test func aClosureSpanningTwoMonthsIsSkippedAsOne() {
        // The first school day on or after a day in winter break is the Monday after it.
        let next = calendar.date(at: calendar.index(onOrAfter: SchoolDate(iso: "2026-12-24")!))
        #expect(next == SchoolDate(iso: "2027-01-04"))
        // The school day before the break is Friday 18 December.
        #expect(calendar.date(at: calendar.index(onOrAfter: SchoolDate(iso: "2027-01-04")!) - 1) == SchoolDate(iso: "2026-12-18"))
    }

    @Test func countsSchoolDaysInTheYear() {
        // 42 weeks of weekdays (210) from 24 Aug to 11 Jun, less Labor Day and 10 weekdays of winter break.
        #expect(calendar.schoolDayCount == 199)
    }

    @Test func knowsTrainingSlots() {
        #expect(calendar.pdDays == [SchoolDate(iso: "2026-10-09")!])
        #expect(calendar.earlyReleaseDays.first == SchoolDate(iso: "2026-08-26"))
        #expect(calendar.earlyReleaseDays.allSatisfy { $0.weekday == .wednesday && calendar.isSchoolDay($0) })
        #expect(!calendar.earlyReleaseDays.contains(SchoolDate(iso: "2026-12-23")!))  // winter break
        #expect(calendar.isTesting(SchoolDate(iso: "2027-04-20")!))
    }

    @Test func workAfterTheLastDayCountsWeekdays() {
        let last = calendar.index(onOrAfter: SchoolDate(iso: "2027-06-11")!)
        #expect(calendar.date(at: last + 1) == SchoolDate(iso: "2027-06-14"))
    }
}
