import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct PriorityTests {
    /// No goal milestones, so every priority is placed by the ranker alone.
    func priorities(_ ratings: String, schools: String = "[{ id: north, name: North Elementary }]", extra: String = "") -> [Priority] {
        let result = PlanFixture.run(PlanFixture.yaml(ratings: ratings, schools: schools,
                                                      goals: "[{ id: g, title: Goal, indicators: [shared-vision] }]", extra: extra))
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return result.improvementPlan?.priorities ?? []
    }

    @Test func biggerWeightedGapsComeFirstAndMetTargetsAreNotPriorities() {
        let ranked = priorities("{ tool-audit: { current: 1, target: 2 }, pilot-and-gate: { current: 1, target: 3 }, shared-vision: { current: 4, target: 4 } }")
        #expect(ranked.map(\.indicator) == ["pilot-and-gate", "tool-audit"])
        #expect(ranked.map(\.score) == [3.0, 1.0])  // gap 2 × weight 1.5; gap 1 × weight 1
    }

    @Test func noTargetMeansOneLevelUp() {
        let ranked = priorities("{ tool-audit: { current: Emerging } }")
        #expect(ranked.first?.target == "Developing")
        #expect(ranked.first?.gap == 1)
    }

    @Test func anIndicatorWaitsForWhatItRequires() {
        // needs-driven-selection requires stakeholder-engagement and tool-audit.
        let ranked = priorities("{ needs-driven-selection: { current: 1, target: 4 }, tool-audit: { current: 1, target: 2 } }")
        let selection = ranked.first { $0.indicator == "needs-driven-selection" }
        let audit = ranked.first { $0.indicator == "tool-audit" }
        #expect(selection?.waitsFor == ["tool-audit"])
        #expect(audit?.cycle == 1)
        #expect(selection?.cycle == 2)
        #expect(selection?.reasons == [.waitsFor(indicators: ["Tool audit"], cycle: 2)])
    }

    @Test func atMostFocusPerCycleAndTheRestMoveOn() {
        let ratings = "{ shared-vision: { current: 1, target: 2 }, equity-of-access: { current: 1, target: 2 }, tool-audit: { current: 1, target: 2 }, privacy-security: { current: 1, target: 2 } }"
        let ranked = priorities(ratings, extra: "focus: { per_cycle: 1 }\n")
        #expect(ranked.filter { $0.cycle == 1 }.count == 1)
        #expect(ranked.filter { $0.cycle == 2 }.count == 1)
        #expect(ranked.filter { $0.cycle == 3 }.count == 1)
        let deferred = ranked.filter { $0.cycle == nil }
        #expect(deferred.count == 1)
        #expect(deferred.first?.reasons == [.focusFull(slots: 1)])
    }

    @Test func aLowerRatingAtASchoolNeedingSupportRaisesThePriority() {
        let schools = "[{ id: north, name: North Elementary, needs_support: [bandwidth] }, { id: south, name: South Middle }]"
        let ranked = priorities("{ tool-audit: { current: 2, target: 3 }, privacy-security: { current: 2, target: 3, schools: { north: 1, south: 1 } } }",
                                schools: schools)
        #expect(ranked.first?.indicator == "privacy-security")
        #expect(ranked.first?.equitySchools == ["North Elementary"])  // South is not flagged
        #expect(ranked.first?.score == 2.0)
        #expect(ranked.first?.reasons.first == .equitySchools(schools: ["North Elementary"]))
    }

    @Test func ratersTwoLevelsApartAreFlaggedForDiscussion() {
        let ranked = priorities("{ tool-audit: { current: 2, target: 3, raters: { Ann Lee: 1, Bo Diaz: 3 } }, privacy-security: { current: 2, target: 3, raters: { Ann Lee: 2, Bo Diaz: 3 } } }")
        #expect(ranked.first { $0.indicator == "tool-audit" }?.discussFirst == true)
        #expect(ranked.first { $0.indicator == "privacy-security" }?.discussFirst == false)
        #expect(ranked.first { $0.indicator == "tool-audit" }?.reasons.last
                == .ratersDisagree(high: RaterLevel(rater: "Bo Diaz", level: "Developing"), low: RaterLevel(rater: "Ann Lee", level: "Not started")))
    }

    @Test func aGoalTakesOnTheIndicatorsItServesInTheCycleItsWorkRuns() {
        let result = PlanFixture.run(PlanFixture.yaml(
            ratings: "{ tool-audit: { current: 1, target: 2 }, shared-vision: { current: 1, target: 2 } }",
            goals: "[{ id: audit, title: Audit, indicators: [tool-audit], milestones: [{ id: a, title: A, days: 5, not_before: 2027-01-11 }] }]"))
        let audit = result.improvementPlan?.priorities.first { $0.indicator == "tool-audit" }
        #expect(audit?.goal == "audit")
        #expect(audit?.cycle == 2)
        #expect(audit?.reasons == [.takenOnByGoal(goal: "audit", cycle: 2)])
        // The framework's steps stand in for priorities no goal covers.
        #expect(result.improvementPlan?.milestone("shared-vision-1")?.origin == .framework)
        #expect(result.improvementPlan?.milestone("tool-audit-1") == nil)
    }
}
