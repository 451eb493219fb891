import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A calendar shows an event's title on one line: a long one is cut at a word, and the whole
/// title opens the description.
struct ICalendarTitleTests {
    /// A milestone titled as districts write them when the title is the whole instruction (230 characters).
    static let longTitle = "Confirm with each building principal that every Grade 3-5 classroom has a charging cart, "
        + "that the carts are labelled by room, and that the families of students who take devices home have returned the signed agreement"

    @Test func aLongMilestoneTitleIsCutAtAWordWithTheWholeInTheDescription() throws {
        #expect(Self.longTitle.count > 200)
        let yaml = PlanFixture.yaml(goals: PlanFixture.goal("{ id: carts, title: \"\(Self.longTitle)\", days: 3 }, { id: short, title: Order carts, days: 2 }"))
        let plan = try #require(PlanFixture.run(yaml).improvementPlan)
        let calendar = ReadCalendar(ICalendarExport.district(plan))
        let carts = try #require(calendar.event("milestone-carts@planwright"))
        let summary = try #require(carts["SUMMARY"])
        #expect(summary.count <= 80, "\(summary)")
        #expect(summary == "Confirm with each building principal that every Grade 3-5 classroom has a…", "\(summary)")
        #expect(carts["DESCRIPTION"]?.hasPrefix(Self.longTitle.replacingOccurrences(of: ",", with: "\\,") + "\\n") == true, "\(carts["DESCRIPTION"] ?? "")")
        // A title that fits is left as it is, with nothing added to its description.
        let short = try #require(calendar.event("milestone-short@planwright"))
        #expect(short["SUMMARY"] == "Order carts" && short["DESCRIPTION"]?.hasPrefix("Kind: ") == true)
    }

    @Test func aTitleOfOneLongWordIsCutWhereItMust() {
        let word = String(repeating: "a", count: 200)
        let cut = ICalendarTitle.cut(word)
        #expect(cut.summary.count == 80 && cut.summary.hasSuffix("…") && cut.whole == word)
    }
}
