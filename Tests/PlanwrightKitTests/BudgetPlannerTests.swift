import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// What the budget planner counts: units from a cost's scope, payments in each fiscal year,
/// support days, and sums that come to the cent over thousands of lines.
struct BudgetPlannerTests {
    func planned(_ yaml: String) throws -> PlannedBudget {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan).budget
    }

    /// Each line as "year kind school units amount".
    func lines(_ budget: PlannedBudget) -> [String] {
        budget.lines.map { "\($0.year) \($0.kind.rawValue) \($0.school ?? "district") \($0.units.map(String.init) ?? "-") \($0.amount.plain)" }
    }

    static let fund = "funding: [{ id: gf, name: General fund, amount: 1000000 }]"

    @Test func perStaffCountsStaffInScopeBySchool() throws {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }, { id: west, name: West Elementary }]",
            staff: "[{ id: s1, name: Ann Lee, school: north, grades: [3], comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: south, grades: [3], comfort: 3 }, { id: s3, name: Cy Ng, school: south, grades: [4], comfort: 3 }, { id: s4, name: Di Ho, school: south, grades: [1], comfort: 3 }, { id: s5, name: Ed Yu, school: west, grades: [3], comfort: 3 }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3, schools: [north, south], grades: 3-5, costs: [{ item: Headsets, category: devices, amount: 25, per: staff, on: 2026-09-01, funding: gf }] }"),
            extra: Self.fund)
        let budget = try planned(yaml)
        // Grades 3-5 at North and South: Ann at North; Bo and Cy at South (Di teaches grade 1, Ed is at West).
        #expect(lines(budget) == ["FY2027 purchase north 1 25.00", "FY2027 purchase south 2 50.00"])
        #expect(budget.costs[0].units == 3)
        #expect(budget.costs[0].total == Money(dollars: 75))
    }

    @Test func perStudentCountsEnrollmentInTheScopesGrades() throws {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: elem, name: Elm Elementary, grades: K-5, students: 300 }, { id: k8, name: Oak K-8, grades: K-8, students: { K: 50, 1: 50, 2: 50, 3: 50, 4: 50, 5: 50, 6: 40, 7: 45, 8: 55 } }, { id: ms, name: Pine Middle, grades: 6-8, students: { 6: 100, 7: 110, 8: 90 } }, { id: hs, name: Maple High, grades: 9-12, students: 1200 }]",
            staff: "[{ id: s1, name: Ann Lee, school: hs, comfort: 4, champion: yes }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3, grades: 6-12, costs: [{ item: Screen-management licences, category: software, amount: 3.25, per: student, on: 2026-09-01, funding: gf }] }"),
            extra: Self.fund)
        let budget = try planned(yaml)
        // Grades 6-12: Oak's 140 in grades 6-8, all of Pine's 300, all of Maple High's 1,200; none at Elm.
        #expect(lines(budget) == ["FY2027 purchase k8 140 455.00", "FY2027 purchase ms 300 975.00", "FY2027 purchase hs 1200 3900.00"])
        #expect(budget.costs[0].units == 1640)
        #expect(budget.total() == Money(cents: 533_000))
    }

    @Test func perSchoolCountsEachSchoolInScope() throws {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }, { id: west, name: West Middle, grades: 6-8 }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3, grades: K-5, costs: [{ item: Charging cart, category: devices, amount: 1890, per: school, on: 2026-09-01, funding: gf }] }"),
            extra: Self.fund)
        #expect(try lines(planned(yaml)) == ["FY2027 purchase north 1 1890.00", "FY2027 purchase south 1 1890.00"])
    }

    @Test func monthlyPaymentsFallInTheirFiscalYears() throws {
        // From Sep 15, 2026: ten payments in FY2027 (Sep-Jun), twelve in each later year to the
        // budget's last day, Jun 30, 2031.
        let yaml = PlanFixture.yaml(
            goals: PlanFixture.goal("{ id: a, title: A, days: 3, costs: [{ item: 1 Gbps circuit, category: infrastructure, amount: 650, every: month, on: 2026-09-15, funding: gf }] }"),
            extra: Self.fund)
        let budget = try planned(yaml)
        #expect(budget.byYear.map { "\($0.year) \($0.amount.plain)" } == ["FY2027 6500.00", "FY2028 7800.00", "FY2029 7800.00", "FY2030 7800.00", "FY2031 7800.00"])
        #expect(budget.lines.allSatisfy { $0.kind == .recurring && $0.isCovered })
        #expect(budget.lines.map { "\($0.date)" } == ["2026-09-15", "2027-07-15", "2028-07-15", "2029-07-15", "2030-07-15"])
        // A last payment ends it: through Dec 31, 2027 is ten in FY2027 and six in FY2028.
        let until = PlanFixture.yaml(
            goals: PlanFixture.goal("{ id: a, title: A, days: 3, costs: [{ item: 1 Gbps circuit, category: infrastructure, amount: 650, every: month, on: 2026-09-15, until: 2027-12-31, funding: gf }] }"),
            extra: Self.fund)
        #expect(try planned(until).byYear.map(\.amount) == [Money(dollars: 6500), Money(dollars: 3900), .zero, .zero, .zero])
    }

    @Test func thousandsOfLinesSumToTheCent() throws {
        // 3,000 costs of awkward amounts (0.01, 19.99, 0.07 …): a sum in binary floating point
        // drifts; in cents it must come to exactly the integer sum.
        var cents: [Int] = []
        for i in 0..<3000 { cents.append([1, 1999, 7, 33, 99_999, 10, 4999][i % 7] + (i * 7919) % 100_003) }
        let items = cents.enumerated().map { i, c in
            "{ item: Item \(i), category: other, amount: \(c / 100).\(c % 100 < 10 ? "0" : "")\(c % 100), on: 2026-09-01, funding: gf }"
        }
        let yaml = PlanFixture.yaml(goals: "[{ id: g, title: Goal, indicators: [shared-vision], costs: [\(items.joined(separator: ", "))], milestones: [{ id: a, title: A, days: 3 }] }]",
                                    extra: Self.fund)
        let budget = try planned(yaml)
        let expected = Money(cents: Int128(cents.reduce(0, +)))
        #expect(budget.lines.count == 3000)
        #expect(budget.total() == expected)
        #expect(budget.byYear.first?.amount == expected)
        #expect(budget.paid(by: "gf") == expected)
        #expect(budget.costs.map(\.total) == cents.map { Money(cents: Int128($0)) })
    }

    @Test func supportDaysInTheSchoolYear() throws {
        // The fixture's year has 200 school days (Aug 24 – Jun 11, less the winter break):
        // 40 weeks, so two days a week is 80 days and half a day a week is 20.
        let yaml = PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
            extra: Self.fund + """

            support:
              - { what: On-site technician, schools: [north], days_per_week: 2, cost_per_day: 310, funding: gf }
              - { what: Network engineer, schools: [south], days_per_week: 0.5, cost_per_year: 1000, funding: gf }
            """)
        let budget = try planned(yaml)
        #expect(budget.support.map { "\($0.school ?? "district-wide") \($0.daysPerYear) \($0.daysWords(.english) ?? "-")" } == ["north 80 2 days a week", "south 20 half a day a week"])
        // 80 days at $310 each year; the engineer's $1,000 a year.
        #expect(budget.byYear.map(\.amount) == Array(repeating: Money(dollars: 25_800), count: 5))
        #expect(budget.costs.map { $0.category } == [.supportStaff, .supportStaff])
    }

    @Test func supportThatStartsMidYearCostsItsDaysFromThen() throws {
        // From Mon, Feb 1 the fixture's year has 95 school days (19 weeks to Fri, Jun 11): two days a week is 38.
        let yaml = PlanFixture.yaml(
            goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
            extra: Self.fund + """

            support:
              - { what: On-site technician, days_per_week: 2, cost_per_day: 100, funding: gf, from: 2027-02-01, until: 2029-06-30 }
            """)
        let budget = try planned(yaml)
        #expect(budget.lines.map { "\($0.year) \($0.kind) \($0.amount.plain)" } == ["FY2027 recurring 3800.00", "FY2028 recurring 8000.00", "FY2029 recurring 8000.00"])
        #expect(budget.lines.first?.date == SchoolDate(iso: "2027-02-01"))
    }
}
