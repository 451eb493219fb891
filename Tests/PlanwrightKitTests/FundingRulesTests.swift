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
        #expect(Self.errors(Self.plan(milestones: work, sources: noRest, Self.generalFund)).contains { $0.hasSuffix("funding source 'erate' pays only its 80% discount of each cost; say which source pays the other 20% with 'rest_paid_by', such as rest_paid_by: general-fund") })
        let typo = Self.erate().replacingPresent("rest_paid_by: gf", with: "rest_paid_by: gff")
        #expect(typo != Self.erate())
        #expect(Self.errors(Self.plan(milestones: work, sources: typo, Self.generalFund)).contains { $0.contains("the rest of a discounted cost is paid by 'gff', but there is no such funding source under 'funding'; did you mean 'gf'?") })
        let itself = Self.erate().replacingPresent("rest_paid_by: gf", with: "rest_paid_by: erate")
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

    // MARK: Title IV-A: shares by purpose, and a cap on a share of a share

    /// $72,000 a year: 60% kept for technology ($43,200), of which devices, infrastructure and
    /// software together may take 15% ($6,480).
    static func titleIV(wellRounded: String = "20%", administration: String = "2%", amount: String = "72000") -> String {
        "{ id: t4, name: Title IV-A, amount: \(amount), restrictions: { minimums_from: 30000, purposes: ["
            + "{ id: well-rounded, name: Well-rounded education, share: \(wellRounded), at_least: 20% }, "
            + "{ id: safe-healthy, name: Safe and healthy students, share: 20%, at_least: 20% }, "
            + "{ id: technology, name: Effective use of technology, share: 58%, categories: [devices, infrastructure, software, training, stipends], "
            + "caps: [{ categories: [devices, infrastructure, software], at_most: 15% }] }, "
            + "{ id: administration, name: Administration, share: \(administration), at_most: 2% }] } }"
    }

    @Test func technologyInfrastructureIsCappedAtAShareOfTheTechnologyShare() throws {
        // Chromebooks are devices, which Title IV-A counts as technology infrastructure: $7,000
        // of them is more than 15% of the $41,760 technology share ($6,264), not of the $72,000.
        let broken = Self.plan(milestones: BudgetCheckTests.milestone("cb", schools: "[adams]", costs: [
            "{ item: Student Chromebooks, category: devices, amount: 350, per: device, count: 20, funding: t4 }"]), sources: Self.titleIV())
        #expect(try Self.said(broken) == [
            "19:13 error: Student Chromebooks would put devices, infrastructure and software at $7,000 of the $41,760 Title IV-A keeps for Effective use of technology (58% of $72,000) in FY2027, over its 15% cap ($6,264) by $736; move part of it to another source",
        ])
        let kept = Self.plan(milestones: BudgetCheckTests.milestone("cb", schools: "[adams]", costs: [
            "{ item: Student Chromebooks, category: devices, amount: 300, per: device, count: 20, funding: t4 }",
            "{ item: Coaching, category: training, amount: 30000, funding: t4 }"]), sources: Self.titleIV())
        #expect(try Self.said(kept) == [])
    }

    @Test func thePlansCostsStayWithinTheirPurposesShare() throws {
        let over = Self.plan(milestones: BudgetCheckTests.milestone("pd", schools: "[adams]", costs: [
            "{ item: Summer institute stipends, category: stipends, amount: 45000, funding: t4 }"]), sources: Self.titleIV())
        #expect(try Self.said(over) == [
            "19:13 error: Summer institute stipends would put Effective use of technology at $45,000 of the $41,760 Title IV-A keeps for Effective use of technology (58% of $72,000) in FY2027, over by $3,240; move part of it to another source",
        ])
        let elsewhere = Self.plan(milestones: BudgetCheckTests.milestone("tech", schools: "[adams]", costs: [
            "{ item: Technician, category: support_staff, amount: 5000, funding: t4 }"]), sources: Self.titleIV())
        #expect(try Self.said(elsewhere) == [
            "19:13 error: Technician is support staff, which none of Title IV-A's purposes pays for (Effective use of technology: devices, infrastructure, software, training and stipends); add support_staff to the 'categories' of the purpose it serves, or charge it to another source",
        ])
    }

    @Test func theSharesTheStatuteSetsAreKept() {
        let work = BudgetCheckTests.milestone("pd", schools: "[adams]", costs: ["{ item: Coaching, category: training, amount: 1000, funding: t4 }"])
        let errors = Self.errors(Self.plan(milestones: work, sources: Self.titleIV(wellRounded: "15%", administration: "3%")))
        #expect(errors.contains { $0.hasSuffix("purpose 'well-rounded' of 't4' keeps 15% of it, but its rules ask for at least 20% for a source that gives its 'minimums_from' a year or more; keep at least 20% for it") })
        #expect(errors.contains { $0.hasSuffix("purpose 'administration' of 't4' keeps 3% of it, but its rules allow at most 2%; keep 2% or less for it") })
        // Under $30,000 a district may spend in one area: the 20% minimums do not hold.
        let small = Self.errors(Self.plan(milestones: work, sources: Self.titleIV(wellRounded: "0%", amount: "25000")))
        #expect(!small.contains { $0.contains("at least 20%") }, "\(small)")
        let tooMuch = Self.errors(Self.plan(milestones: work, sources: Self.titleIV(wellRounded: "30%")))
        #expect(tooMuch.contains { $0.hasSuffix("the shares under 'purposes' add up to 110%, more than the whole source; they must add up to 100% or less") })
    }
}
