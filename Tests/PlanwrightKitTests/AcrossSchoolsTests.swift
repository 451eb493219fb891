import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 21, item 4: people and services that span schools, on Cedar Bluff's campus of three
/// schools (K-6, 7-8, 9-12; `Fixtures/words/cedar-bluff.yaml`), each test with its own edit.
struct AcrossSchoolsTests {
    static var plan: String { SmallDistrictWordsTests.plan }

    static func run(_ yaml: String) -> PlanPipeline.Result { SmallDistrictWordsTests.run(yaml) }

    static func diagnostics(_ result: PlanPipeline.Result) -> [String] { SmallDistrictWordsTests.diagnostics(result) }

    /// Cedar Bluff with `support:` entries written before its funding.
    static func withSupport(_ entries: String) -> String {
        plan.replacingPresent("""
            funding:
              - { id: general-fund, name: General fund, amount: 20000 }
            """, with: """
            support:
            \(entries)

            funding:
              - { id: general-fund, name: General fund, amount: 20000 }
            """)
    }

    // MARK: Support for the whole campus, counted once

    /// One technician one day a week for the campus is one day a week, paid once: before, it was
    /// paid once per school (3 × $15,300 = $45,900 a year) and over-committed the general fund.
    @Test func supportNamingNoSchoolIsPaidOnceForTheDistrict() throws {
        let result = Self.run(Self.withSupport("  - { what: Campus technician, days_per_week: 1, cost_per_day: 425, funding: general-fund }"))
        let planned = try #require(result.improvementPlan)
        let budget = planned.budget
        // School days Aug 19 – May 21: 198 weekdays less Labor Day (1), Thanksgiving break (3),
        // winter break (10: Dec 21 – Jan 1) and spring break (5) = 179 (PD days are school days).
        // One day a week is 179 ÷ 5 = 35.8 days, rounded as the planner rounds tenths,
        // (10 × 179 + 25) ÷ 50 = 36 days; 36 × $425 = $15,300 a year, for the district once.
        let support = budget.lines.filter { budget.costs[$0.cost].origin == .support }
        #expect(!support.isEmpty)
        #expect(support.allSatisfy { $0.school == nil }, "one district-wide line, no school's")
        let firstYear = try #require(budget.years.first)
        #expect(budget.total { budget.costs[$0.cost].origin == .support && $0.year == firstYear } == Money(dollars: 15_300))
        #expect(budget.support.map(\.school) == [nil])
        #expect(budget.support.map(\.daysPerYear) == [36])
        #expect(!Self.diagnostics(result).contains { $0.contains("over-committed") }, "\(Self.diagnostics(result))")
        // The district plan's support table says whom it is for; each school's handout names it
        // as shared by every school, with no days or cost of its own.
        let files = try BudgetOutputTests.outputs(planned)
        let district = try #require(files["plan.md"])
        #expect(district.contains("District-wide"))
        #expect(files["schools/cbhs.md"]?.contains("Campus technician, 1 day a week, shared by every school") == true)
    }

    /// Support naming schools is still each school's own: two days a week at the high school and
    /// the junior high each is two technicians' days, paid at each.
    @Test func supportNamingSchoolsIsPaidAtEach() throws {
        let result = Self.run(Self.withSupport("  - { what: On-site technician, schools: [cbjh, cbhs], days_per_week: 0.5, cost_per_day: 425, funding: general-fund }"))
        let budget = try #require(result.improvementPlan).budget
        // Half a day a week: (5 × 179 + 25) ÷ 50 = 18 days, 18 × $425 = $7,650 at each school.
        let firstYear = try #require(budget.years.first)
        for school in ["cbjh", "cbhs"] {
            #expect(budget.total { budget.costs[$0.cost].origin == .support && $0.year == firstYear && $0.school == school } == Money(dollars: 7_650))
        }
        #expect(budget.support.map(\.school) == ["cbjh", "cbhs"])
    }

    // MARK: One person listed twice

    /// The same name and email under two ids is one person: warned at the second entry, naming
    /// the first's line.
    @Test func onePersonUnderTwoIdsIsWarnedAtTheSecond() throws {
        let yaml = Self.plan
            .replacingPresent("  - { id: j-01, name: Derek Moen, school: cbjh, subjects: [math], grades: [7, 8], comfort: 4, champion: yes }",
                              with: "  - { id: j-01, name: Derek Moen, school: cbjh, subjects: [math], grades: [7, 8], comfort: 4, champion: yes, email: dmoen@cedarbluff.k12.mt.us }")
            .replacingPresent("  - { id: h-13, name: Lyle Two Moons,", with: """
                  - { id: h-14, name: Derek Moen, school: cbhs, subjects: [math], grades: 9-12, comfort: 4, email: DMoen@cedarbluff.k12.mt.us }
                  - { id: h-13, name: Lyle Two Moons,
                """)
        let first = SmallDistrictWordsTests.line(of: "id: j-01", in: yaml)
        let second = SmallDistrictWordsTests.line(of: "id: h-14", in: yaml)
        let warnings = Self.diagnostics(Self.run(yaml)).filter { $0.contains("same name") }
        #expect(warnings == ["\(second):5 warning: 'h-14' (Derek Moen) has the same name and email as 'j-01' at line \(first): if they are one person, list them once (someone at several schools is one entry, with school: [their schools]), or they are trained, grouped and counted twice"])
    }

    /// The same name at the same school, with no email to tell them apart, is warned too.
    @Test func theSameNameAtOneSchoolIsWarned() throws {
        let yaml = Self.plan.replacingPresent("  - { id: h-13, name: Lyle Two Moons,", with: """
              - { id: h-14, name: Jon Eklund, school: cbhs, subjects: [math], grades: 9-12, comfort: 3 }
              - { id: h-13, name: Lyle Two Moons,
            """)
        let warnings = Self.diagnostics(Self.run(yaml)).filter { $0.contains("same name") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("\(SmallDistrictWordsTests.line(of: "id: h-14", in: yaml)):5 warning: 'h-14' (Jon Eklund) has the same name at the same school as 'h-01' at line \(SmallDistrictWordsTests.line(of: "id: h-01", in: yaml))") == true)
    }

    /// Two people may share a name at different schools: with different emails, or none, no warning.
    @Test func theSameNameAtTwoSchoolsIsTwoPeople() throws {
        let yaml = Self.plan.replacingPresent("  - { id: h-13, name: Lyle Two Moons,", with: """
              - { id: h-14, name: Derek Moen, school: cbhs, subjects: [math], grades: 9-12, comfort: 3 }
              - { id: h-13, name: Lyle Two Moons,
            """)
        #expect(!Self.diagnostics(Self.run(yaml)).contains { $0.contains("same name") })
    }

    // MARK: Staff at several schools

    /// A music teacher who teaches K-6 three days a week and the junior high two, written once.
    static let sharedTeacher = "  - { id: x-01, name: Karl Brekke, school: { cbe: 60%, cbjh: 40% }, subjects: [music], grades: K-8, comfort: 2 }"

    static func withStaff(_ entry: String) -> String {
        plan.replacingPresent("  # Cedar Bluff Junior High (8)\n", with: entry + "\n  # Cedar Bluff Junior High (8)\n")
    }

    /// Written once with their share of time at each school: counted once in the district,
    /// listed on each school's people page with the shares, and trained once.
    @Test func someoneAtTwoSchoolsIsOnePersonOnBothPeoplePages() throws {
        let result = Self.run(Self.withStaff(Self.sharedTeacher))
        #expect(!result.hasErrors, "\(Self.diagnostics(result))")
        let planned = try #require(result.improvementPlan)
        #expect(planned.staff.count == 46)
        let person = try #require(planned.staff.first { $0.id == "x-01" })
        #expect(person.school == "cbe")
        #expect(person.schoolShares == [PlannedSchoolShare(school: "cbe", share: Share(basisPoints: 6_000)),
                                        PlannedSchoolShare(school: "cbjh", share: Share(basisPoints: 4_000))])
        let files = try BudgetOutputTests.outputs(planned)
        let row = "Karl Brekke · teacher · x-01 · Cedar Bluff Elementary 60%, Cedar Bluff Junior High 40% |"
        #expect(files["schools/cbe-people.md"]?.contains(row) == true, "\(files.keys.sorted())")
        #expect(files["schools/cbjh-people.md"]?.contains(row) == true)
        #expect(files["schools/cbhs-people.md"]?.contains("Karl Brekke") == false)
        // The grade 3-6 math rollout at the elementary school reaches a K-8 music teacher: one
        // group, with the elementary school's staff, not one at each school.
        let groups = planned.training.groups.filter { $0.members.contains("x-01") }
        #expect(groups.count == 1)
        #expect(groups.first?.school == "cbe")
    }

    /// `school: [cbjh, cbhs]` shares their time equally; work for either school reaches them once.
    @Test func schoolsAsAListShareTimeEqually() throws {
        let result = Self.run(Self.withStaff("  - { id: x-02, name: Nora Baptiste, role: counselor, school: [cbe, cbjh, cbhs], subjects: [counseling], grades: K-12, comfort: 3 }"))
        #expect(!result.hasErrors, "\(Self.diagnostics(result))")
        let person = try #require(result.improvementPlan?.staff.first { $0.id == "x-02" })
        // 100% ÷ 3 = 33.33% each, the hundredth left over to the first.
        #expect(person.schoolShares?.map(\.share.description) == ["33.34%", "33.33%", "33.33%"])
    }

    /// Shares that do not add up, a school twice, no school, or one the plan lacks: an error at the place, in words.
    @Test func badSchoolSharesAreErrorsAtTheirPlace() throws {
        /// The errors on the entry's line, and the column (1-based) of the `at`-th `mark` in it.
        func errors(_ entry: String, at mark: String, _ nth: Int = 1) -> (found: [String], place: String) {
            let yaml = Self.withStaff(entry)
            let line = SmallDistrictWordsTests.line(of: "id: x-01", in: yaml)
            var from = entry.startIndex
            for _ in 1..<nth { from = entry.range(of: mark, range: from..<entry.endIndex).map { $0.upperBound } ?? from }
            let column = entry.distance(from: entry.startIndex, to: entry.range(of: mark, range: from..<entry.endIndex)?.lowerBound ?? entry.startIndex) + 1
            return (Self.diagnostics(Self.run(yaml)).filter { $0.contains(" error: ") && $0.hasPrefix("\(line):") }, "\(line):\(column)")
        }
        var e = errors("  - { id: x-01, name: Karl Brekke, school: { cbe: 60%, cbjh: 30% }, grades: K-8 }", at: "{ cbe")
        #expect(e.found == ["\(e.place) error: the shares of time in 'school' of staff member 'x-01' add up to 90%; they must add up to 100%"])
        e = errors("  - { id: x-01, name: Karl Brekke, school: [cbe, cbe], grades: K-8 }", at: "cbe", 2)
        #expect(e.found == ["\(e.place) error: 'school' of staff member 'x-01' names 'cbe' twice; write each school once"])
        e = errors("  - { id: x-01, name: Karl Brekke, school: [], grades: K-8 }", at: "[]")
        #expect(e.found == ["\(e.place) error: 'school' of staff member 'x-01' names no school; write the id of their school, or the ids of the schools where they work, such as [cbjh, cbhs]"])
        e = errors("  - { id: x-01, name: Karl Brekke, school: { cbe: 60%, cbms: 40% }, grades: K-8 }", at: "cbms")
        #expect(e.found.count == 1 && e.found.first?.hasPrefix("\(e.place) error: staff member 'x-01' is at school 'cbms'") == true, "\(e.found)")
    }

    // MARK: Staff for the whole district

    /// A counselor for the whole campus is `school: district`: no "District Office" school and
    /// no handout for one; on every school's people page as district-wide, counted once.
    @Test func districtWideStaffBelongToNoInventedSchool() throws {
        let result = Self.run(Self.withStaff("  - { id: d-01, name: Nora Baptiste, role: counselor, school: district, subjects: [counseling], grades: K-12, comfort: 3 }"))
        #expect(!result.hasErrors, "\(Self.diagnostics(result))")
        let planned = try #require(result.improvementPlan)
        #expect(planned.schools.map(\.id) == ["cbe", "cbjh", "cbhs"])
        #expect(planned.staff.count == 46)
        let person = try #require(planned.staff.first { $0.id == "d-01" })
        #expect(person.districtWide == true)
        #expect(person.schoolIds == ["cbe", "cbjh", "cbhs"])
        let files = try BudgetOutputTests.outputs(planned)
        #expect(!files.keys.contains { $0.hasPrefix("schools/district") })
        for school in ["cbe", "cbjh", "cbhs"] {
            #expect(files["schools/\(school)-people.md"]?.contains("Nora Baptiste · counselor · d-01 · district-wide |") == true, "\(school)")
        }
    }

    /// A district that has a school with the id `district` keeps it: `school: district` is that school.
    @Test func aSchoolCalledDistrictKeepsItsMeaning() throws {
        let yaml = Self.withStaff("  - { id: d-01, name: Nora Baptiste, role: counselor, school: district, subjects: [counseling], grades: K-12, comfort: 3 }")
            .replacingPresent("  - id: cbhs\n", with: "  - id: district\n    name: District Office\n    grades: K-12\n  - id: cbhs\n")
        let planned = try #require(Self.run(yaml).improvementPlan)
        let person = try #require(planned.staff.first { $0.id == "d-01" })
        #expect(person.school == "district")
        #expect(person.districtWide == nil)
    }

    /// Someone at two schools is trained and paired where they spend the most time: a science
    /// teacher two days a week at the junior high and three at the high school is high-school staff.
    @Test func theirSchoolIsWhereTheySpendTheMostTime() throws {
        let yaml = Self.withStaff("  - { id: x-03, name: Ivy Sandvik, school: { cbjh: 40%, cbhs: 60% }, subjects: [science], grades: 7-12, comfort: 2 }")
        let planned = try #require(Self.run(yaml).improvementPlan)
        let person = try #require(planned.staff.first { $0.id == "x-03" })
        #expect(person.school == "cbhs")
        #expect(person.schoolIds == ["cbjh", "cbhs"])
        let champion = planned.champions.assignments.first { $0.colleagues.contains("x-03") }
        #expect(champion?.school == "cbhs")
    }

    /// A cost per member of staff counts each person once, at their own school, however many
    /// schools they work at.
    @Test func aCostPerStaffCountsSomeoneAtSeveralSchoolsOnce() throws {
        let yaml = Self.withStaff(Self.sharedTeacher + "\n  - { id: d-01, name: Nora Baptiste, role: counselor, school: district, subjects: [counseling], grades: K-12, comfort: 3 }")
            .replacingPresent("      - item: E-Rate hotspots\n", with: [
                "      - item: Password manager seats", "        category: software", "        amount: 20",
                "        per: staff", "        funding: general-fund", "      - item: E-Rate hotspots", "",
            ].joined(separator: "\n"))
        let budget = try #require(Self.run(yaml).improvementPlan).budget
        let seats = budget.lines.filter { budget.costs[$0.cost].item == .written("Password manager seats") }
        // 45 staff + Karl Brekke (cbe 60%, cbjh 40%) + Nora Baptiste (district) = 47 people, not
        // 45 + 2 + 3 = 50; 47 × $20 = $940, with both counted at the elementary school (24 + 2 = 26).
        #expect(seats.reduce(Money.zero) { $0 + $1.amount } == Money(dollars: 940))
        #expect(seats.first { $0.school == "cbe" }?.units == 26)
    }
}
