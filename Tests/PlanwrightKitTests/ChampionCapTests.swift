import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A school gets the champions its colleagues need, not every volunteer: a high school where a
/// third of the staff volunteered would otherwise pay a stipend to more champions than it has
/// colleagues for them. The best-placed are chosen; the rest are reserves, listed, unpaid.
struct ChampionCapTests {
    /// Lakeview High School: one appointed champion (math), eight volunteers comfortable enough,
    /// and thirteen colleagues: four in English, three each in math and science, two in social
    /// studies, one in PE, all teaching grades 9-12.
    static let staff = """
        [{ id: h-01, name: Marcus Bell, school: lakeview, subjects: [math], grades: 9-12, comfort: 5, champion: yes },
         { id: h-02, name: Dana Cho, school: lakeview, subjects: [math], grades: 9-12, comfort: 5, champion: volunteer },
         { id: h-03, name: Eli Soto, school: lakeview, subjects: [math], grades: 9-12, comfort: 4, champion: volunteer },
         { id: h-04, name: Fay Lin, school: lakeview, subjects: [science], grades: 9-12, comfort: 4, champion: volunteer },
         { id: h-05, name: Gus Ward, school: lakeview, subjects: [science], grades: 9-12, comfort: 5, champion: volunteer },
         { id: h-06, name: Ida Moss, school: lakeview, subjects: [ela], grades: 9-12, comfort: 4, champion: volunteer },
         { id: h-07, name: Jo Park, school: lakeview, subjects: [social-studies], grades: 9-12, comfort: 4, champion: volunteer },
         { id: h-08, name: Kai Reed, school: lakeview, subjects: [math], grades: 9-12, comfort: 5, champion: volunteer },
         { id: h-09, name: Lou Vance, school: lakeview, subjects: [pe], grades: 9-12, comfort: 4, champion: volunteer },
         { id: h-10, name: Ana Pope, school: lakeview, subjects: [ela], grades: [9], comfort: 2 },
         { id: h-11, name: Bo Quinn, school: lakeview, subjects: [ela], grades: [10], comfort: 3 },
         { id: h-12, name: Cal Ross, school: lakeview, subjects: [ela], grades: [11], comfort: 2 },
         { id: h-13, name: Dee Shaw, school: lakeview, subjects: [ela], grades: [12], comfort: 1 },
         { id: h-14, name: Ed Tran, school: lakeview, subjects: [math], grades: [9], comfort: 2 },
         { id: h-15, name: Flo Ueda, school: lakeview, subjects: [math], grades: [10], comfort: 3 },
         { id: h-16, name: Gil Voss, school: lakeview, subjects: [math], grades: [11], comfort: 2 },
         { id: h-17, name: Hal West, school: lakeview, subjects: [science], grades: [9], comfort: 3 },
         { id: h-18, name: Ivy Xu, school: lakeview, subjects: [science], grades: [10], comfort: 2 },
         { id: h-19, name: Jan Young, school: lakeview, subjects: [science], grades: [11], comfort: 1 },
         { id: h-20, name: Kim Zane, school: lakeview, subjects: [social-studies], grades: [9], comfort: 2 },
         { id: h-21, name: Lee Abel, school: lakeview, subjects: [social-studies], grades: [12], comfort: 3 },
         { id: h-22, name: Max Bird, school: lakeview, subjects: [pe], grades: 9-12, comfort: 2 }]
        """

    static func plan(champions: String) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(
            schools: "[{ id: lakeview, name: Lakeview High School, grades: 9-12, students: 1240 }]",
            staff: staff,
            goals: PlanFixture.goal("{ id: lms, title: Every class posts work in the LMS, days: 10 }"),
            extra: """
                funding: [{ id: general-fund, name: General fund, amount: 50000 }]
                champions:
                \(champions)
                """))
    }

    static let settings = """
          max_colleagues: 6
          stipend: { amount: 500, funding: general-fund }
        """

    @Test func theSchoolGetsTheChampionsItsColleaguesNeed() throws {
        let result = Self.plan(champions: Self.settings)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let champions = try #require(result.improvementPlan?.champions)
        // Thirteen colleagues at six each need three champions: Marcus, appointed, then the
        // volunteers who bring what he does not: English (four colleagues) before science
        // (three), and of the two science volunteers the more comfortable.
        #expect(champions.assignments.map(\.champion) == ["h-01", "h-05", "h-06"])
        #expect(champions.reserves.map { "\($0.staff) \($0.reason.rawValue)" } == [
            "h-02 not_needed", "h-03 not_needed", "h-04 not_needed", "h-07 not_needed", "h-08 not_needed", "h-09 not_needed",
        ])
        #expect(champions.unassigned.isEmpty)
        // Reserves are neither colleagues of a champion nor co-facilitators.
        let reserves = Set(champions.reserves.map(\.staff))
        #expect(champions.assignments.allSatisfy { reserves.isDisjoint(with: $0.colleagues) })
        let training = try #require(result.improvementPlan?.training)
        #expect(training.groups.compactMap(\.facilitator).allSatisfy { !reserves.contains($0) })
    }

    @Test func stipendsFollowTheChosenChampionsOnly() throws {
        let budget = try #require(Self.plan(champions: Self.settings).improvementPlan?.budget)
        let stipends = try #require(budget.costs.first { $0.origin == .champions })
        #expect(stipends.units == 3)
        let index = try #require(budget.costs.firstIndex { $0.origin == .champions })
        let firstYear = budget.lines.filter { $0.cost == index && $0.year == budget.years[0] }.reduce(Money.zero) { $0 + $1.amount }
        #expect(firstYear == Money(dollars: 1_500))
    }

    @Test func maxPerSchoolCapsEveryoneAndSaysWhy() throws {
        let result = Self.plan(champions: Self.settings + "\n  max_per_school: 2")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let champions = try #require(result.improvementPlan?.champions)
        #expect(champions.assignments.map(\.champion) == ["h-01", "h-06"])
        #expect(Set(champions.reserves.map(\.reason)) == [.schoolCap])
        #expect(champions.reserves.count == 7)
        // Twelve places for thirteen colleagues: one is left, and the handout points to the reserves.
        #expect(champions.unassigned.map(\.reason) == [.championsFull])
        #expect(result.diagnostics.filter { $0.message.contains("max_per_school") }.map(\.message) == [
            "Lakeview High School has 1 colleague without a champion while 7 reserve champions wait: max_per_school (2) leaves them out; raise it to 3 so everyone has one",
        ])
        // Without the cap, or with room for everyone, nothing to say.
        #expect(!Self.plan(champions: Self.settings).diagnostics.contains { $0.message.contains("reserve champion") })
        #expect(!Self.plan(champions: Self.settings + "\n  max_per_school: 3").diagnostics.contains { $0.message.contains("reserve champion") })
    }

    @Test func aPinnedChampionIsChosenFirst() throws {
        // Eli is pinned to Ed: he is chosen, though math already has Marcus.
        let result = Self.plan(champions: Self.settings + "\n  pins: [{ champion: h-03, colleague: h-14 }]")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let champions = try #require(result.improvementPlan?.champions)
        #expect(champions.assignments.map(\.champion) == ["h-01", "h-03", "h-06"])
        #expect(champions.assignments.first { $0.champion == "h-03" }?.colleagues.contains("h-14") == true)
        // A pin beyond max_per_school is an error at the pin, saying why: of two pinned math
        // volunteers, Dana (comfort 5) is chosen over Eli (4).
        let capped = Self.plan(champions: Self.settings + "\n  max_per_school: 1\n  pins: [{ champion: h-03, colleague: h-14 }, { champion: h-02, colleague: h-15 }]")
        #expect(capped.diagnostics.filter { $0.severity == .error }.map(\.message) == [
            "the pin pairs 'h-14' with 'h-03', who is a reserve: other pins already give Lakeview High School its max_per_school (1) champions"])
    }

    @Test func everyOutputNamesTheReserves() throws {
        let plan = try #require(Self.plan(champions: Self.settings).improvementPlan)
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let people = try #require(files["schools/lakeview-people.md"])
        #expect(people.contains("3 champions support 13 colleagues; 6 reserve champions."))
        let dana = try #require(people.split(separator: "\n").first { $0.contains(" · h-02 |") })
        #expect(dana.hasPrefix("| Dana Cho (reserve champion) · teacher · h-02 |"), "\(dana)")
        #expect(dana.hasSuffix("| reserve champion (the school's champions have room for every colleague) |"), "\(dana)")
        let html = try #require(files["schools/lakeview-people.html"])
        #expect(html.contains("<strong>Dana Cho</strong> <span class=\"tag\">reserve</span>"))
        let district = try #require(files["plan.md"])
        #expect(district.contains("Reserves: Dana Cho (the school's champions have room for every colleague); Eli Soto"))
        let csv = try #require(files["champions.csv"])
        #expect(csv.contains("h-02,Dana Cho,lakeview,,,reserve_not_needed\r\n"))
        let json = try PlanJSON.encode(plan)
        #expect(json.contains("\"reserves\""))
        let report = PeopleTextReport.render(plan)
        #expect(report.contains("  reserves: Dana Cho (the school's champions have room for every colleague), Eli Soto"))
    }

    /// The rule as written, rescoring every volunteer each round: the selection, which skips
    /// rescoring candidates that cannot win, must choose the same on random schools.
    @Test func theSelectionIsTheGreedyRuleOnRandomSchools() {
        var random = ChampionMatcherTests.Random(state: 11)
        let subjects = ["math", "ela", "science", "art", "pe"]
        for _ in 0..<200 {
            func someone(_ id: String) -> StaffMember {
                var member = ChampionMatcherTests.person(id, subjects: (0..<random.next(3)).map { _ in subjects[random.next(5)] },
                                                         grades: (0..<random.next(3)).map { _ in random.next(13) })
                member.comfort = Comfort(value: 4 + random.next(2))
                member.champion = .volunteer
                return member
            }
            var settings = ChampionSettings()
            settings.maxColleagues = 1 + random.next(4)
            let volunteers = (0..<(2 + random.next(8))).map { someone("v\($0)") }, colleagues = (0..<random.next(15)).map { someone("c\($0)") }
            let selection = ChampionSelection(candidates: volunteers, colleagues: colleagues, pinned: [], settings: settings)
            let cost = SchoolMatching(candidates: volunteers, colleagues: colleagues, pins: [], settings: settings).pairCosts()
            var best = [Int](repeating: settings.subjectWeight + settings.gradesWeight, count: colleagues.count)
            var left = Array(volunteers.indices), expected: [String] = []
            while expected.count < min(selection.need, volunteers.count) {
                func gain(_ v: Int) -> Int { best.indices.map { max(0, best[$0] - cost($0, v)) }.sorted(by: >).prefix(settings.maxColleagues).reduce(0, +) }
                let top = left.max { a, b in (gain(a), volunteers[a].comfort!.value, volunteers[b].id) < (gain(b), volunteers[b].comfort!.value, volunteers[a].id) }!
                expected.append(volunteers[top].id)
                for c in best.indices { best[c] = min(best[c], cost(c, top)) }
                left.removeAll { $0 == top }
            }
            #expect(selection.choose().champions.map(\.id) == expected.sorted())
        }
    }
}
