import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 1: the plan's header says what `focus.per_cycle` counts (goals), and each cycle
/// names what holds its slots, saying why when the plan's own goals overlap in more.
struct CycleFocusTests {
    /// Three goals whose work all starts in the fall, with a focus of two.
    static let yaml = PlanFixture.yaml(goals: """
        [{ id: canvas, title: Canvas weekly, indicators: [shared-vision], milestones: [{ id: c1, title: Canvas setup, days: 10 }] },
         { id: wifi, title: Wi-Fi in every room, indicators: [infrastructure-support], milestones: [{ id: w1, title: Access points, days: 10 }] },
         { id: apps, title: Fewer apps, indicators: [tool-audit], milestones: [{ id: a1, title: App inventory, days: 10 }] }]
        """, extra: "focus: { per_cycle: 2 }")

    @Test func aCycleOverTheFocusSaysWhyAndTheHeaderCountsGoals() throws {
        let plan = try #require(PlanFixture.run(Self.yaml, asOf: "2026-08-24").improvementPlan)
        #expect(plan.cycles.first?.underWay == CycleFocus(goals: ["apps", "canvas", "wifi"], priorities: [], overBecause: .goalsOverlap))
        let text = PlanTextReport.render(plan)
        #expect(text.contains(" · focus: 2 goals at once per cycle\n"))
        #expect(text.contains("\n  Focus: 3, more than 2, because the plan's own goals all have work in this cycle: goals apps,\n  canvas, wifi\n"), "\(text)")
        #expect(plan.diagnostics.contains { $0.message.hasPrefix("Cycle 1 has 3 goals under way at once (apps, canvas, wifi), more than the focus of 2") })
    }

    @Test func aCycleWithinTheFocusNamesWhatHoldsIt() throws {
        let plan = try #require(PlanFixture.run(Self.yaml.replacingPresent("per_cycle: 2", with: "per_cycle: 3"), asOf: "2026-08-24").improvementPlan)
        #expect(PlanTextReport.render(plan).contains("\n  Focus: 3 of 3: goals apps, canvas, wifi\n"))
        #expect(CycleFocus(goals: ["canvas"], priorities: ["shared-vision"]).words(focus: 3, names: ["shared-vision": "Shared vision"])
                == "2 of 3: goal canvas; priority Shared vision")
    }
}
