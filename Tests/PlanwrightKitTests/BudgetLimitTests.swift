import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A budget's size is bounded: lines are grouped by date once per cost, not once per school,
/// and past the limit the plan gets an error at the cost that passed it.
struct BudgetLimitTests {
    static let schools = "[" + (0..<40).map { "{ id: s\($0), name: School \($0), students: \(100 + $0) }" }.joined(separator: ", ") + "]"

    static func planned(_ costs: String) throws -> (Plan, ImprovementPlan) {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], costs: [\(costs)], milestones: [{ id: m, title: Set up, days: 5 }] }]"
        let result = PlanFixture.run(PlanFixture.yaml(schools: schools, staff: "[{ id: p1, name: Ann Lee, school: s0 }]", goals: goals,
                                                      extra: "funding: [{ id: fund, name: Fund, amount: 1000000 }]"))
        return (try #require(result.value.plan), try #require(result.value.improvementPlan))
    }

    @Test func aMonthlyCostAtEverySchoolIsOneLineAYearAtEach() throws {
        let (_, planned) = try Self.planned("{ item: Filter, category: software, amount: 0.25, per: student, every: month, funding: fund }")
        // 40 schools × 5 fiscal years, each line summing the year's monthly payments.
        #expect(planned.budget.lines.count == 200)
        let first = try #require(planned.budget.lines.first)
        // School 0 has 100 students; FY2027 is paid from Aug 24 to Jun 24: 11 payments.
        #expect(first.school == "s0" && first.year == FiscalYear(endingYear: 2027) && first.amount == Money(cents: 25 * 100 * 11))
        #expect(planned.budget.total() == planned.budget.costs[0].total)
    }

    @Test func pastTheLimitTheCostIsAnErrorAtItsLine() throws {
        let (plan, planned) = try Self.planned("{ item: Small, category: software, amount: 1, funding: fund }, { item: Per student, category: software, amount: 1, per: student, every: year, funding: fund }")
        let planner = BudgetPlanner(plan: plan, calendar: SchoolCalendar(year: plan.year), milestones: planned.milestones, training: planned.training,
                                    champions: planned.champions, scopeStaff: ScopeStaff(plan), scopeSchools: ScopeSchools(plan.schools), maxLines: 100)
        let (budget, diagnostics) = planner.budget()
        #expect(budget.costs.map(\.item) == [.written("Small")])
        #expect(diagnostics.map(\.message) == ["the budget would have more than 100 lines (one per fiscal year, school and source) from this cost on, more than Planwright counts; count costs per student or per staff over fewer schools, or write one district-wide amount"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == plan.goals[0].costs[1].location)
    }
}
