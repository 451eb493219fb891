import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Costs per student count the students a OneRoster export enrolls: each school's open student
/// accounts, by grade where the work names grades.
struct BudgetEnrollmentTests {
    /// The Oakridge example (schools and staff from its OneRoster export) with one goal of costs.
    static func planned(costs: String, grades: String? = nil) throws -> ImprovementPlan {
        let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
        let goal = """
            goals:
              - id: licences
                title: Licences for every student
                indicators: [shared-vision]\(grades.map { "\n    grades: \($0)" } ?? "")
                costs: [\(costs)]
                milestones: [{ id: buy, title: Buy licences, days: 2 }]

            """
        let yaml = text.replacingPresent("goals:\n", with: goal, firstOnly: true)
            + "\nfunding: [{ id: fund, name: General fund, amount: 10000 }]\n"
        let source = SourceText(path: GoodPlanTests.packageRoot.appendingPathComponent("Plans/p.yaml").path, bytes: Array(yaml.utf8))
        let result = PlanPipeline(planner: Planner()).run(source)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        return try #require(result.value.improvementPlan)
    }

    @Test func perStudentCountsEachSchoolsOpenStudentAccounts() throws {
        let planned = try Self.planned(costs: "{ item: Reading app, category: software, amount: 6.50, per: student, funding: fund }")
        let lines = planned.budget.lines.map { "\($0.school ?? "district") \($0.units ?? 0) \($0.amount.plain)" }
        // sch-oak 4, sch-cedar 4, sch-river 5 students, as EnrollmentTests reads the export.
        #expect(lines == ["sch-oak 4 26.00", "sch-cedar 4 26.00", "sch-river 5 32.50"])
        #expect(planned.budget.costs.first?.units == 13)
    }

    @Test func workForSomeGradesCountsTheirStudentsOnly() throws {
        // sch-oak enrolls K: 2, 2: 1, 4: 1; a K-2 goal counts 3 there.
        let planned = try Self.planned(costs: "{ item: Phonics app, category: software, amount: 10, per: student, funding: fund }", grades: "K-2")
        let oak = try #require(planned.budget.lines.first { $0.school == "sch-oak" })
        #expect(oak.units == 3 && oak.amount == Money(dollars: 30))
    }

    @Test func aSchoolWithoutAnEnrollmentIsNamedAtTheCost() throws {
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], costs: [{ item: App, category: software, amount: 2, per: student }], milestones: [{ id: m, title: M, days: 2 }] }]"
        let result = PlanFixture.run(PlanFixture.yaml(schools: "[{ id: north, name: North Elementary }, { id: south, name: South, students: 10 }]", goals: goals))
        let warning = try #require(result.diagnostics.first { $0.message.hasPrefix("cost 'App'") })
        #expect(warning.message == "cost 'App' is per student, but North Elementary has no enrollment; add 'students' to the school so it counts them")
        #expect(warning.location?.line == 8)
        #expect(result.value.improvementPlan?.budget.lines.map(\.school) == ["south"])
    }
}
