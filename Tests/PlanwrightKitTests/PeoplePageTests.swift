import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The people page lists every member of a school's staff; the handout counts them and points
/// there, so it keeps to one page however large the school.
struct PeoplePageTests {
    static func files(asOf date: String) throws -> [String: String] {
        Dictionary(try BuildOutputTests.render(try GeneratedDistrict.plan(asOf: date)).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func everyMemberOfStaffIsListedOnceAlphabeticallyThenById() throws {
        let plan = try GeneratedDistrict.plan(asOf: GeneratedDistrict.asOfDates[2])
        let index = HandoutViews.PeopleIndex(plan, people: PlannedPeople(plan))
        for school in GeneratedDistrict.schools {
            let rows = try #require(HandoutViews.people(school.id, in: plan, index: index)["staff"] as? [HandoutViews.View])
            let listed = rows.map { ($0["name"] as! String, $0["id"] as! String) }
            #expect(listed.map(\.1).sorted() == plan.staff.filter { $0.school == school.id }.map(\.id).sorted())
            let key = { (name: String) in name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
            #expect(zip(listed, listed.dropFirst()).allSatisfy { a, b in (key(a.0), a.0, a.1) < (key(b.0), b.0, b.1) }, "\(school.id)")
        }
    }

    @Test func eachRowNamesGroupsSessionsAndChampion() throws {
        // Early in the year, before any session is due: none is late, so every group has its dates.
        let files = try Self.files(asOf: GeneratedDistrict.asOfDates[0])
        let page = try #require(files["schools/lakeview-people.md"])
        let plan = try GeneratedDistrict.plan(asOf: GeneratedDistrict.asOfDates[0])
        let people = PlannedPeople(plan)
        let assignment = try #require(plan.champions.assignments.first { $0.school == "lakeview" && !$0.colleagues.isEmpty })
        let colleague = try #require(people.person(assignment.colleagues[0]))
        let group = try #require(plan.training.groups.first { $0.members.contains(colleague.id) })
        let row = try #require(page.split(separator: "\n").first { $0.contains(" · \(colleague.id) |") })
        #expect(row.contains("(\(group.id)): "), "\(row)")
        let session = try #require(plan.training.sessions.first { $0.group == group.id })
        #expect(row.contains(HandoutViews.sessionLine(session, dates: PeopleDates(plan))))
        #expect(row.hasSuffix("| \(MarkdownText.escape(people.name(assignment.champion))) |"), "\(row)")
        let champion = try #require(page.split(separator: "\n").first { $0.contains(" · \(assignment.champion) |") })
        #expect(champion.contains("(champion)") && champion.contains("supports \(assignment.colleagues.count): "), "\(champion)")
        #expect(page.contains("50 staff in "))
    }

    @Test func theHandoutCountsAndLinksWhereThePeoplePageLists() throws {
        let files = try Self.files(asOf: GeneratedDistrict.asOfDates[1])
        // No champion: nobody is comfortable enough or volunteers.
        let none = try #require(files["schools/mlk-academy.md"])
        #expect(none.contains("no champion yet; 25 colleagues still without a champion"))
        #expect(none.contains("We have no technology champion yet"))
        // Few champions: two take 12 colleagues; the other 66 are counted, not listed.
        let few = try #require(files["schools/south-valley.md"])
        #expect(few.contains("80 staff in 16 training groups; 2 champions support 12 colleagues; 66 colleagues still without a champion"))
        #expect(few.contains("[our people page](south-valley-people.md)"))
        #expect(try #require(files["schools/south-valley.html"]).contains("<a href=\"south-valley-people.html\">our people page</a>"))
        let plan = try GeneratedDistrict.plan(asOf: GeneratedDistrict.asOfDates[1])
        let unplaced = plan.champions.unassigned.filter { $0.school == "south-valley" }.map { PlannedPeople(plan).name($0.staff) }
        #expect(unplaced.count == 66)
        let people = try #require(files["schools/south-valley-people.md"])
        for name in unplaced { #expect(people.contains(MarkdownText.escape(name))) }
        // The largest school's handout names its champions up to the cap, the rest counted.
        let large = try #require(files["schools/juarez-lincoln.md"])
        #expect(large.contains(" and \(20 - HandoutViews.handoutChampions) more."))
    }

    /// Progress recorded through the year: the same school's handout says other things each season.
    @Test func theFourDatesGiveDifferentHandouts() throws {
        let handouts = try GeneratedDistrict.asOfDates.map { try Self.files(asOf: $0) }
        for school in GeneratedDistrict.schools {
            let texts = handouts.map { $0["schools/\(school.id).md"] ?? "" }
            #expect(Set(texts).count == 4, "\(school.id)")
        }
    }
}
