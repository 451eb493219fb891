import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct SchedulerTests {
    func schedule(_ milestones: String, extra: String = "") -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones), extra: extra))
    }

    @Test func aChainStartsEachStepOnTheSchoolDayAfterTheLastEnds() throws {
        let plan = try #require(schedule("{ id: a, title: A, days: 5 }, { id: b, title: B, days: 3, after: [a] }").improvementPlan)
        #expect(plan.dates("a") == "2026-08-24…2026-08-28")
        #expect(plan.dates("b") == "2026-08-31…2026-09-02")  // over the weekend
    }

    @Test func aDiamondJoinsAfterTheLongerBranch() throws {
        let plan = try #require(schedule("""
            { id: a, title: A, days: 2 }, { id: b, title: B, days: 3, after: a }, { id: c, title: C, days: 8, after: a },
            { id: d, title: D, days: 1, after: [b, c] }
            """).improvementPlan)
        #expect(plan.dates("c") == "2026-08-26…2026-09-04")
        #expect(plan.dates("d") == "2026-09-07…2026-09-07")
    }

    @Test func workStraddlingABreakSkipsIt() throws {
        let plan = try #require(schedule("{ id: a, title: A, days: 4, not_before: 2026-12-17 }").improvementPlan)
        #expect(plan.dates("a") == "2026-12-17…2027-01-05")
    }

    @Test func pinsAndNotBeforeAreHonoured() throws {
        let plan = try #require(schedule("""
            { id: a, title: A, days: 2, on: 2026-10-05 }, { id: b, title: B, days: 1, not_before: 2026-09-19 },
            { id: c, title: C, days: 1, after: a }
            """).improvementPlan)
        #expect(plan.dates("a") == "2026-10-05…2026-10-06")
        #expect(plan.dates("b") == "2026-09-21…2026-09-21")  // 19 September is a Saturday
        #expect(plan.dates("c") == "2026-10-07…2026-10-07")
    }

    @Test func aPinBeforeItsDependencyEndsIsAnError() {
        let result = schedule("{ id: a, title: A, days: 10 }, { id: b, title: B, days: 1, after: a, on: 2026-08-26 }")
        #expect(result.diagnostics.map(\.message).contains(
            "milestone 'b' is fixed to start on 2026-08-26, but it comes after 'a', which ends on 2026-09-04; move the date or the dependency"))
    }

    @Test func anImpossibleDueNamesTheChainThatPushesIt() throws {
        let result = schedule("""
            { id: survey, title: S, days: 10, not_before: 2026-09-14 }, { id: pilot, title: P, days: 20, after: survey },
            { id: gate, title: G, days: 2, after: pilot, due: 2026-10-23 }, { id: other, title: O, days: 1 }
            """)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message == "milestone 'gate' is due by 2026-10-23 but cannot end before 2026-10-27; the chain that pushes it: survey (2026-09-14 to 2026-09-25, 10 school days) → pilot (2026-09-28 to 2026-10-23, 20 school days) → gate (2026-10-26 to 2026-10-27, 2 school days); 'survey' starts no earlier than its not_before of 2026-09-14")
        #expect(error.location?.line == 9)  // the line where 'due' is written
        #expect(result.hasErrors)
    }

    @Test func rolloutsAndTrainingDoNotStartInATestingWindow() throws {
        let plan = try #require(schedule("""
            { id: p, title: P, days: 5, not_before: 2027-04-12, kind: pilot }, { id: g, title: G, days: 1, after: p, kind: gate },
            { id: r, title: R, days: 3, after: g, kind: rollout }, { id: t, title: T, days: 1, after: g }
            """).improvementPlan)
        #expect(plan.dates("g") == "2027-04-19…2027-04-19")  // a gate may meet during testing
        #expect(plan.dates("t") == "2027-04-20…2027-04-20")  // ordinary tasks too
        #expect(plan.dates("r") == "2027-05-10…2027-05-12")  // the rollout waits for the window to close
    }

    @Test func aRolloutWithoutPilotAndGateGetsThemAdded() throws {
        let result = schedule("{ id: prep, title: Prep, days: 3 }, { id: launch, title: Launch, days: 5, after: prep, kind: rollout }")
        let plan = try #require(result.improvementPlan)
        #expect(plan.milestone("launch-pilot")?.after == ["prep"])
        #expect(plan.milestone("launch-gate")?.after == ["launch-pilot"])
        #expect(plan.milestone("launch")?.after == ["launch-gate"])
        #expect(plan.dates("launch-pilot") == "2026-08-27…2026-09-09")
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message == "the planner added a 10-day pilot and a go/no-go gate before rollout 'launch'" })
    }

    /// A framework's own rollout step gets a pilot and a gate too, and the planner says so.
    @Test func aFrameworkRolloutWithoutPilotAndGateGetsThemAddedAndNoted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let framework = try String(contentsOf: Fixtures.url("good/indistar.framework.yaml"), encoding: .utf8)
            .replacingPresent("kind: task", with: "kind: rollout")
        try framework.write(to: folder.appendingPathComponent("indistar.framework.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Fixtures.url("good/three-levels.yaml"), to: folder.appendingPathComponent("plan.yaml"))
        let result = PlanPipeline().run(path: folder.appendingPathComponent("plan.yaml").path)
        let plan = try #require(result.improvementPlan)
        #expect(plan.milestone("team-meets-1")?.after == ["team-meets-1-gate"])
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message == "the planner added a 10-day pilot and a go/no-go gate before rollout 'team-meets-1'" })
    }

    @Test func aPinnedRolloutWithoutAGateIsWarnedAbout() {
        let result = schedule("{ id: p, title: P, days: 3, kind: pilot }, { id: launch, title: L, days: 5, after: p, kind: rollout, on: 2026-09-14 }")
        #expect(result.improvementPlan?.milestone("launch-gate") == nil)
        let warning = result.diagnostics.first { $0.severity == .warning && $0.message.hasPrefix("rollout") }
        #expect(warning?.message == "rollout 'launch' has no go/no-go gate before it, and its fixed start leaves no room to add one; pilot with a small group and decide go or no-go before everyone depends on it")
    }

    @Test func finishedWorkEndsWhenItWasDone() throws {
        let plan = try #require(schedule("{ id: a, title: A, days: 3, status: done, done_on: 2026-09-18 }, { id: b, title: B, days: 1, after: a }").improvementPlan)
        #expect(plan.dates("a") == "2026-09-16…2026-09-18")
        #expect(plan.dates("b") == "2026-09-21…2026-09-21")
    }

    @Test func eachCycleEndsWithAStudyAndAdjustReview() throws {
        let plan = try #require(schedule("{ id: a, title: A, days: 1 }").improvementPlan)
        let reviews = plan.milestones.filter { $0.origin == .cycleReview }
        #expect(reviews.count == 3)
        #expect(zip(reviews, plan.cycles).allSatisfy { $0.end == $1.end && $0.kind == .review })
    }
}
