import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Funding rules as the programmes write them (issue 20, item 16). E-Rate Category 2 since
/// FY2021: one five-year pre-discount budget for the district, the greater of the students
/// times the multiplier and the floor times the schools (or, for ten schools or fewer, each
/// school's own budget added up); E-Rate pays its discount and another source the rest.
struct FundingRulesTests {
    /// Four schools, 2,310 students: $201.57 × 2,310 = $465,626.70, more than 4 × $30,175.
    static let schools = "[{ id: adams, name: Adams Elementary, grades: K-5, students: 420 }, { id: baker, name: Baker Elementary, grades: K-5, students: 380 }, "
        + "{ id: carver, name: Carver Middle School, grades: 6-8, students: 610 }, { id: douglas, name: Douglas High School, grades: 9-12, students: 900 }]"

    static func erate(_ extra: String = "") -> String {
        "{ id: erate, name: E-Rate Category 2, restrictions: { per_student: { amount: 201.57, floor: 30175\(extra) }, discount: 80%, rest_paid_by: gf } }"
    }
    static let generalFund = "{ id: gf, name: General fund, amount: 900000 }"

    /// `BudgetCheckTests.plan`, its one member of staff at the first school: the first
    /// milestone's first cost is on line 19.
    static func plan(schools: String = schools, milestones: String, sources: String...) -> String {
        let first = schools.split(separator: ",")[0].split(separator: ":")[1].trimmingCharacters(in: .whitespaces)
        return PlanFixture.yaml(schools: schools, staff: "[{ id: s1, name: Ann Lee, school: \(first), comfort: 4, champion: yes }]", goals: """

              - id: g
                title: Goal
                indicators: [shared-vision]
                milestones:
            \(milestones)
            """, extra: BudgetCheckTests.funding(sources.joined(separator: "\n  - ")))
    }

    static func said(_ yaml: String) throws -> [String] { try BudgetCheckTests().said(FundingRestrictionsKept(), yaml) }

    @Test func theBudgetIsTheDistrictsPooledAcrossSchools() throws {
        // Douglas High's Wi-Fi is more than its own 900 students would give ($181,413), and the
        // core switches are for every school: both within the district's pooled $465,626.70.
        let yaml = Self.plan(milestones: BudgetCheckTests.milestone("hs", schools: "[douglas]", costs: ["{ item: High school access points, category: infrastructure, amount: 250000, funding: erate }"])
                             + "\n" + BudgetCheckTests.milestone("core", schools: "[adams, baker, carver, douglas]", costs: ["{ item: Core switches, category: infrastructure, amount: 60000, funding: erate }"]),
                             sources: Self.erate(), Self.generalFund)
        #expect(try Self.said(yaml) == [])
        let source = try #require(BudgetCheckTests().context(yaml).budget.source("erate"))
        #expect(source.perStudentBudget == Money(cents: 46_562_670) && source.studentsCounted == 2_310 && source.schoolsCounted == 4)
    }

    @Test func eRatePaysItsDiscountAndTheRestIsTheDistricts() throws {
        let yaml = Self.plan(milestones: BudgetCheckTests.milestone("wifi", schools: "[adams]", costs: ["{ item: Access points, category: infrastructure, amount: 10000, funding: erate }"]),
                             sources: Self.erate(), Self.generalFund)
        let budget = try BudgetCheckTests().context(yaml).budget
        #expect(budget.lines.map { "\($0.source ?? "-") \($0.amount) \($0.restOf ?? "-")" } == ["erate 8000.00 -", "gf 2000.00 erate"])
        #expect(budget.paid(by: "erate") == Money(dollars: 8_000) && budget.paid(by: "gf") == Money(dollars: 2_000))
        let cost = try #require(budget.costs.first)
        #expect(cost.funding == ["erate", "gf"] && cost.shares == [Share(basisPoints: 8_000), Share(basisPoints: 2_000)])
    }

    @Test func theBudgetCapsTheCostBeforeTheDiscount() throws {
        // $470,000 of work: E-Rate pays $376,000, but the budget caps the $470,000.
        let yaml = Self.plan(milestones: BudgetCheckTests.milestone("wifi", schools: "[adams, baker, carver, douglas]", costs: ["{ item: Wireless network, category: infrastructure, amount: 470000, funding: erate }"]),
                             sources: Self.erate(), Self.generalFund)
        #expect(try Self.said(yaml) == [
            "19:13 error: Wireless network would put E-Rate Category 2 at $470,000 before its 80% discount, over its $465,626.70 budget for FY2027–FY2031 (2,310 students at $201.57, or $30,175 a school at 4 schools, whichever is more) by $4,373.30; move part of it to another source",
        ])
    }

    @Test func aSmallDistrictMayAddEachSchoolsOwnBudget() throws {
        // Two schools of 100 students count for their floor: 2 × $30,175 + 1,000 × $201.57 = $261,920,
        // against $241,884 for the district's 1,200 students counted together.
        let small = "[{ id: a, name: Alder School, students: 100 }, { id: b, name: Birch School, students: 100 }, { id: c, name: Cedar School, students: 1000 }]"
        let work = BudgetCheckTests.milestone("wifi", schools: "[a, b, c]", costs: ["{ item: Wireless network, category: infrastructure, amount: 250000, funding: erate }"])
        #expect(try Self.said(Self.plan(schools: small, milestones: work, sources: Self.erate(), Self.generalFund)) == [
            "19:13 error: Wireless network would put E-Rate Category 2 at $250,000 before its 80% discount, over its $241,884 budget for FY2027–FY2031 (1,200 students at $201.57, or $30,175 a school at 3 schools, whichever is more) by $8,116; move part of it to another source",
        ])
        #expect(try Self.said(Self.plan(schools: small, milestones: work, sources: Self.erate(", add_school_budgets: yes"), Self.generalFund)) == [])
    }

    static func errors(_ yaml: String) -> [String] {
        PlanFixture.run(yaml).diagnostics.filter { $0.severity == .error }.map { d in "\(d.location.map { "\($0.line):\($0.column)" } ?? "-") \(d.message)" }
    }

    @Test func aDiscountNamesWhoPaysTheRest() {
        let work = BudgetCheckTests.milestone("wifi", schools: "[adams]", costs: ["{ item: Access points, category: infrastructure, amount: 10000, funding: erate }"])
        let noRest = "{ id: erate, name: E-Rate Category 2, restrictions: { discount: 80%, per_student: { amount: 201.57 } } }"
        #expect(Self.errors(Self.plan(milestones: work, sources: noRest, Self.generalFund)).contains { $0.hasSuffix("pays 80% of each cost; say which source pays the other 20% with 'rest_paid_by', such as rest_paid_by: general-fund") })
        let typo = Self.erate().replacingOccurrences(of: "rest_paid_by: gf", with: "rest_paid_by: gff")
        #expect(typo != Self.erate())
        #expect(Self.errors(Self.plan(milestones: work, sources: typo, Self.generalFund)).contains { $0.contains("the rest of a discounted cost is paid by 'gff', but there is no such funding source under 'funding'; did you mean 'gf'?") })
        let itself = Self.erate().replacingOccurrences(of: "rest_paid_by: gf", with: "rest_paid_by: erate")
        #expect(Self.errors(Self.plan(milestones: work, sources: itself, Self.generalFund)).contains { $0.hasSuffix("funding source 'erate' pays the rest of its own discount; name the source that pays what the discount leaves, such as general-fund") })
        let chain = "{ id: gf, name: General fund, amount: 900000, restrictions: { discount: 50%, rest_paid_by: erate } }"
        #expect(Self.errors(Self.plan(milestones: work, sources: Self.erate(), chain)).contains { $0.hasSuffix("funding source 'erate' leaves the rest of its discount to 'gf', which pays only a discount itself; name a source that pays in full") })
    }

    @Test func onlyASmallDistrictAddsItsSchoolsBudgets() {
        let eleven = "[" + (1...11).map { "{ id: s\($0), name: School \($0), students: 300 }" }.joined(separator: ", ") + "]"
        let work = BudgetCheckTests.milestone("wifi", schools: "[s1]", costs: ["{ item: Access points, category: infrastructure, amount: 10000, funding: erate }"])
        #expect(Self.errors(Self.plan(schools: eleven, milestones: work, sources: Self.erate(", add_school_budgets: yes"), Self.generalFund)).contains {
            $0.hasSuffix("funding source 'erate' adds each school's own budget, which only a district of 10 schools or fewer may do; this plan has 11; remove 'add_school_budgets' so the budget is counted district-wide")
        })
    }
}
