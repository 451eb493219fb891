import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightAuthoring

/// The inventory `planwright init` shows commented out is one the plan reads once uncommented.
struct ToolSkeletonTests {
    @Test func theSkeletonsToolsExampleReads() throws {
        let framework = try #require(FrameworkLibrary().load("edtech-systems", relativeTo: "plan.yaml", at: SourceLocation(file: "plan.yaml", line: 1, column: 1)).framework)
        let skeleton = PlanSkeleton.render(framework: framework, reference: "edtech-systems", district: nil)
        let section = skeleton.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("# tools:") }.prefix { !$0.isEmpty }
        // "# key" at the margin and "  # key" indented both lose their comment mark; a comment after the value stays one.
        let tools = section.map { line in
            line.hasPrefix("  # ") ? "  " + line.dropFirst(4) : String(line.dropFirst(2))
        }.joined(separator: "\n")
        #expect(tools.hasPrefix("tools:") && tools.contains("seesaw"))
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"),
                                                      extra: "funding: [{ id: general-fund, name: General fund, amount: 95000 }]\n" + tools))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        let inventory = try #require(result.value.plan?.tools)
        #expect(inventory.lowUtilization?.value == ToolInventory.defaultLowUtilization)
        #expect(inventory.tools.map(\.id) == ["canvas", "seesaw"])
        #expect(inventory.tools[1].decision?.action.value == .retire)
        // Both are yearly software lines in the budget.
        #expect(result.value.improvementPlan?.budget.costs.map(\.item) == [.tool(id: "canvas", name: "Canvas"), .tool(id: "seesaw", name: "Seesaw")])
    }
}
