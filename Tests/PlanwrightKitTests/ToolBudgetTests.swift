import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// A tool's `cost` is a yearly software line in the budget: what the district already pays for
/// is counted beside what the plan adds.
struct ToolBudgetTests {
    static func budget(_ tools: String, schools: String = "[{ id: north, name: North Elementary }, { id: south, name: South Elementary }]") throws -> PlannedBudget {
        let yaml = PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 5 }"),
                                    extra: "funding: [{ id: gf, name: General fund, amount: 10000 }, { id: title, name: Title IV-A, amount: 2000 }]\n" + tools)
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan).budget
    }

    /// Each line as "year kind school source amount".
    static func lines(_ budget: PlannedBudget) -> [String] {
        budget.lines.map { "\($0.year) \($0.kind.rawValue) \($0.school ?? "district") \($0.paidBy ?? "unfunded") \($0.amount.plain)" }
    }

    @Test func aToolsCostIsPaidEachYearOnItsRenewal() throws {
        let budget = try Self.budget("""
            tools:
              inventory:
                - { id: seesaw, name: Seesaw, purpose: lms, cost: "4,200", funding: gf, renewal: 2027-03-01 }
            """)
        #expect(Self.lines(budget) == [
            "FY2027 recurring district gf 4200.00", "FY2028 recurring district gf 4200.00", "FY2029 recurring district gf 4200.00",
            "FY2030 recurring district gf 4200.00", "FY2031 recurring district gf 4200.00",
        ])
        #expect(budget.lines.map(\.date.description) == ["2027-03-01", "2028-03-01", "2029-03-01", "2030-03-01", "2031-03-01"])
        let cost = try #require(budget.costs.first)
        #expect(cost.item == .tool(id: "seesaw", name: "Seesaw"))
        #expect(cost.item.written == "Seesaw")
        #expect(cost.category == .software && cost.origin == .tools && cost.recurrence == .year)
        #expect(cost.total == Money(dollars: 21_000))
        // In the years' and the source's totals, as every cost is.
        #expect(budget.byYear.map(\.amount) == Array(repeating: Money(dollars: 4_200), count: 5))
        #expect(budget.paid(by: "gf") == Money(dollars: 21_000))
        #expect(budget.byCategory.map(\.category) == [.software])
    }

    @Test func withoutRenewalOnTheFirstDayOfSchoolSplitOrUnfunded() throws {
        let budget = try Self.budget("""
            tools:
              inventory:
                - { id: canvas, name: Canvas, purpose: lms, schools: [south], cost: 1000, funding: { gf: 75%, title: 25% } }
                - { id: kami, name: Kami, purpose: productivity, cost: 300 }
            """)
        #expect(Self.lines(budget).prefix(2) == ["FY2027 recurring south gf 750.00", "FY2027 recurring south title 250.00"])
        #expect(budget.lines.first?.date.description == "2026-08-24")
        #expect(budget.costs.map(\.schools) == [["south"], []])
        // Unfunded, as a cost line without 'funding' is.
        #expect(budget.paid(by: nil) == Money(dollars: 1_500))
        #expect(budget.paid(by: "title", in: FiscalYear(endingYear: 2027)) == Money(dollars: 250))
    }

    /// The renewal written is the next one: a tool renewed each July 1 was paid for this year on
    /// last July 1, the budget's first day, so every fiscal year carries it once.
    @Test func aRenewalAYearAwayWasAlsoPaidThisYear() throws {
        let budget = try Self.budget("""
            tools:
              inventory:
                - { id: powerschool, name: PowerSchool SIS, purpose: sis, cost: 38500, funding: gf, renewal: 2027-07-01 }
            """)
        #expect(budget.lines.map(\.date.description) == ["2026-07-01", "2027-07-01", "2028-07-01", "2029-07-01", "2030-07-01"])
        #expect(budget.byYear.map(\.amount) == Array(repeating: Money(dollars: 38_500), count: 5))
    }

    @Test func aToolWithoutCostAddsNothing() throws {
        let budget = try Self.budget("""
            tools:
              inventory:
                - { id: canvas, name: Canvas, purpose: lms, licences: 400 }
            """)
        #expect(budget.costs.isEmpty && budget.lines.isEmpty)
    }
}
