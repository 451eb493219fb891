import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightImports
@testable import PlanwrightPlanning

/// Issue 23, item 7: a state's 2,000 schools and 500 tools are judged in time linear in what
/// the plan writes. The planner counts the schools, grades and tools it visits; ten times the
/// schools and tools must cost about ten times the work, where comparing every pair of tools
/// would cost a hundred times.
struct EcosystemScaleTests {
    /// `schools` schools and `tools` tools, each tool at eight schools (two at all of them).
    static func work(schools count: Int, tools toolCount: Int) throws -> (work: Int, findings: Int) {
        let loaded = PlanLoader().load(SourceText(path: "test.yaml", bytes: Array(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 5 }")).utf8)))
        var plan = try #require(loaded.plan)
        let here = ToolFixture.at(1)
        plan.schools = (0..<count).map { i in
            School(id: "s\(i)", name: "School \(i)", grades: GradeSet.parse(i % 3 == 0 ? "K-5" : i % 3 == 1 ? "6-8" : "9-12")!,
                   needsSupport: [], principal: nil, location: here)
        }
        let purposes = ToolPurpose.allCases
        plan.tools.tools = (0..<toolCount).map { i in
            var tool = ToolFixture.tool("t\(i)", purpose: purposes[i % purposes.count], line: i + 2)
            tool.scope = i < 2 ? .everyone : Scope(schools: (0..<8).map { "s\((i * 4 + $0 * 3) % count)" }, grades: i % 2 == 0 ? nil : GradeSet.parse("K-8"))
            return tool
        }
        let result = try #require(EcosystemPlanner(plan: plan, scopeSchools: ScopeSchools(plan.schools)).plan(milestones: []))
        return (result.work, result.ecosystem.findings.count)
    }

    @Test func tenTimesTheSchoolsAndToolsIsAboutTenTimesTheWork() throws {
        let small = try Self.work(schools: 200, tools: 50), large = try Self.work(schools: 2_000, tools: 500)
        #expect(small.findings > 0 && large.findings > 0)
        #expect(large.work <= 12 * small.work, "200 schools, 50 tools: \(small.work); 2,000 schools, 500 tools: \(large.work)")
        #expect(large.work >= 8 * small.work, "the count measures the work: \(small.work), \(large.work)")
    }
}
