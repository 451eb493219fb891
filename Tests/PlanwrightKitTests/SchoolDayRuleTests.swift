import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel

struct SchoolDayRuleTests {
    static let location = SourceLocation(file: "t", line: 1, column: 1)
    static func date(_ text: String) -> SchoolDate { SchoolDate(iso: text)! }
    static let breakSpan = DateSpan(name: "Winter break", from: date("2026-12-21"), to: date("2027-01-01"), location: location)
    static let unnamed = DateSpan(name: nil, from: date("2026-12-23"), to: date("2027-01-04"), location: location)
    let rule = SchoolDayRule(year: SchoolYear(
        start: date("2026-08-24"), end: date("2027-06-11"), closed: [breakSpan, unnamed], testing: [], pdDays: [],
        earlyRelease: .none, cycles: .count(3), location: location))

    @Test func weekdaysNoClosureTakesAreSchoolDays() {
        #expect(rule.noSchool(on: Self.date("2026-08-24")) == nil)
        // After the last day of school weekdays still count.
        #expect(rule.noSchool(on: Self.date("2027-07-06")) == nil)
    }

    @Test func weekendsComeBeforeClosures() {
        #expect(rule.noSchool(on: Self.date("2026-08-29")) == .weekend(.saturday))
        #expect(rule.noSchool(on: Self.date("2026-12-27")) == .weekend(.sunday))
    }

    @Test func theFirstClosureInFileOrderIsTheReason() {
        #expect(rule.noSchool(on: Self.date("2026-12-23")) == .closure(Self.breakSpan))
        #expect(rule.noSchool(on: Self.date("2027-01-04")) == .closure(Self.unnamed))
    }
}
