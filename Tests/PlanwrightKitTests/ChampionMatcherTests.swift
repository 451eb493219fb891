import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct ChampionMatcherTests {
    /// A small deterministic generator, so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func person(_ id: String, subjects: [String], grades: [Int]) -> StaffMember {
        var set = GradeSet()
        grades.forEach { set.insert($0) }
        return StaffMember(id: id, name: id, school: Reference("s", at: SourceLocation(file: "t", line: 1, column: 1)), role: .teacher,
                           subjects: subjects, grades: set, comfort: Comfort(value: 3), champion: .no, email: nil,
                           location: SourceLocation(file: "t", line: 1, column: 1))
    }

    /// Every assignment, checked: most colleagues placed, then least cost.
    static func bruteForce(_ m: SchoolMatching) -> (placed: Int, cost: Int) {
        let h = m.candidates.count, c = m.colleagues.count, pairCost = m.pairCosts()
        var best = (placed: -1, cost: Int.max)
        var choice = [Int](repeating: -1, count: c)  // -1: no champion
        func visit(_ i: Int) {
            if i == c {
                var load = [Int](repeating: 0, count: h)
                for pin in m.pins where choice[pin.colleague] != pin.champion { return }
                var cost = 0, placed = 0
                for (colleague, champion) in choice.enumerated() where champion >= 0 {
                    cost += pairCost(colleague, champion) + m.settings.balanceWeight * load[champion]
                    load[champion] += 1
                    placed += 1
                }
                guard load.allSatisfy({ $0 <= m.settings.maxColleagues }) else { return }
                if placed > best.placed || (placed == best.placed && cost < best.cost) { best = (placed, cost) }
                return
            }
            for option in -1..<h { choice[i] = option; visit(i + 1) }
        }
        visit(0)
        return best
    }

    @Test func optimalAgainstBruteForceOnRandomSchools() {
        var random = Random(state: 2026)
        let subjects = ["math", "ela", "science", "art"]
        for _ in 0..<300 {
            let h = 1 + random.next(3), c = random.next(7)
            func someone(_ id: String) -> StaffMember {
                Self.person(id, subjects: (0..<random.next(3)).map { _ in subjects[random.next(4)] }, grades: (0..<random.next(3)).map { _ in random.next(13) })
            }
            var settings = ChampionSettings()
            settings.maxColleagues = 1 + random.next(3)
            settings.subjectWeight = random.next(4)
            settings.gradesWeight = random.next(4)
            settings.balanceWeight = random.next(3)
            let candidates = (0..<h).map { someone("h\($0)") }, colleagues = (0..<c).map { someone("c\($0)") }
            let pins = c > 0 && random.next(3) == 0 ? [(champion: random.next(h), colleague: random.next(c))] : []
            let matching = SchoolMatching(candidates: candidates, colleagues: colleagues, pins: pins, settings: settings)
            let solved = matching.solve()
            let expected = Self.bruteForce(matching)
            #expect(c - solved.unplaced.count == expected.placed)
            #expect(solved.cost == expected.cost)
            #expect(solved.colleaguesOf.allSatisfy { $0.count <= settings.maxColleagues })
            for pin in pins { #expect(solved.colleaguesOf[pin.champion].contains(colleagues[pin.colleague].id)) }
        }
    }

    @Test func tiesGoToTheChampionFirstById() {
        let a = Self.person("a", subjects: ["math"], grades: [3]), b = Self.person("b", subjects: ["math"], grades: [3])
        let colleague = Self.person("x", subjects: ["math"], grades: [3])
        let solved = SchoolMatching(candidates: [a, b], colleagues: [colleague], pins: [], settings: ChampionSettings()).solve()
        #expect(solved.colleaguesOf == [["x"], []])
    }

    func plan(_ staff: String, champions: String = "") -> PlanPipeline.Result {
        PlanFixture.run("""
            planwright: 1
            district: { name: D, vision: V., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
            framework: edtech-systems
            year: { start: 2026-08-24, end: 2027-06-11 }
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 3, target: 3 } } }
            schools: [{ id: north, name: North Elementary }, { id: south, name: South Middle, needs_support: [devices] }]
            staff: \(staff)
            goals: [{ id: g, title: G, indicators: [shared-vision, infrastructure-support], milestones: [{ id: m, title: M, days: 1 }] }]
            \(champions)
            """)
    }

    @Test func candidatesAreChampionsAndComfortableVolunteers() throws {
        let result = plan("""
            [{ id: a, name: A, school: north, champion: yes, comfort: 2 }, { id: b, name: B, school: north, champion: volunteer, comfort: 4 },
             { id: c, name: C, school: north, champion: volunteer, comfort: 3 }, { id: d, name: D, school: north }]
            """, champions: "champions: { max_colleagues: 1 }")  // c and d need two champions, so b is one
        let champions = try #require(result.improvementPlan?.champions)
        #expect(champions.assignments.map(\.champion) == ["a", "b"])
        #expect(champions.reserves.isEmpty)
        #expect(Set(champions.assignments.flatMap(\.colleagues)) == ["c", "d"])
    }

    @Test func everyoneLeftOutIsListedWithTheReason() throws {
        let result = plan("""
            [{ id: a, name: A, school: north, champion: yes }, { id: b, name: B, school: north }, { id: c, name: C, school: north },
             { id: d, name: D, school: north }, { id: e, name: E, school: south }]
            """, champions: "champions: { max_colleagues: 1, exclude: [d] }")
        let champions = try #require(result.improvementPlan?.champions)
        #expect(champions.unassigned.map { "\($0.staff) \($0.reason.rawValue)" }.sorted() == [
            "c champions_full", "d excluded", "e no_champion_at_school",  // b and c tie; b comes first by id
        ])
        #expect(champions.schoolsWithoutChampion == ["south"])
        let warning = result.diagnostics.first { $0.message.hasPrefix("South Middle") }
        #expect(warning?.message == "South Middle, flagged as needing support, has no technology champion, and it is where local help matters most: 1 member of staff has no colleague to turn to; recruit one there")
    }

    @Test func aPinToSomeoneWhoIsNotAChampionIsAnError() {
        let result = plan("[{ id: a, name: A, school: north }, { id: b, name: B, school: north }]",
                          champions: "champions: { pins: [{ champion: a, colleague: b }] }")
        #expect(result.diagnostics.map(\.message).contains("the pin pairs 'b' with 'a', who is not a champion (champion: yes, or a volunteer with comfort 4 or more)"))
        #expect(result.hasErrors)
    }

    @Test func matchingIsDeterministic() throws {
        let staff = "[" + (0..<30).map { "{ id: p\($0), name: P\($0), school: north, subjects: [\(["math", "ela"][$0 % 2])], grades: [\($0 % 6)], champion: \($0 % 7 == 0 ? "yes" : "no") }" }.joined(separator: ", ") + "]"
        let first = try plan(staff).improvementPlan.map { try PlanJSON.encode($0) }
        for _ in 0..<3 { #expect(try plan(staff).improvementPlan.map { try PlanJSON.encode($0) } == first) }
    }
}
