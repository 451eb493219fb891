import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The scheduler records what fixed each milestone's start, one small plan per kind of
/// constraint (the fixture's year: school from Monday 2026-08-24, winter break 2026-12-21 to
/// 2027-01-01, state testing 2027-04-19 to 2027-05-07).
struct StartConstraintTests {
    func planned(_ milestones: String, asOf: String? = nil) throws -> ImprovementPlan {
        let result = PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal(milestones)), asOf: asOf)
        #expect(!result.hasErrors, "\(DiagnosticPrinter(sources: result.sources).render(result.diagnostics))")
        return try #require(result.improvementPlan)
    }

    func constraint(_ id: String, in plan: ImprovementPlan) throws -> StartConstraint {
        try #require(plan.milestone(id)).startConstraint
    }

    static func date(_ iso: String) -> SchoolDate { SchoolDate(iso: iso)! }

    @Test func withNothingBeforeItAMilestoneStartsWithTheYear() throws {
        let plan = try planned("{ id: a, title: A, days: 2 }")
        #expect(try constraint("a", in: plan) == .startOfYear)
        #expect(plan.milestone("a")?.declared == DeclaredDates())
    }

    @Test func theLastPredecessorToEndHoldsTheStart() throws {
        let plan = try planned("{ id: a, title: A, days: 2 }, { id: b, title: B, days: 5 }, { id: c, title: C, days: 1, after: [a, b] }")
        #expect(try constraint("c", in: plan) == .predecessor("b"))
        #expect(try constraint("c", in: plan).followedMilestone == "b")
    }

    @Test func notBeforeHoldsTheStartWhenLaterThanThePredecessors() throws {
        let plan = try planned("{ id: a, title: A, days: 2 }, { id: b, title: B, days: 1, after: a, not_before: 2026-10-05 }")
        #expect(try constraint("b", in: plan) == .notBefore(Self.date("2026-10-05")))
        #expect(plan.milestone("b")?.declared?.notBefore == Self.date("2026-10-05"))
    }

    @Test func aPinHoldsTheStartAndIsKeptAsDeclared() throws {
        let plan = try planned("{ id: a, title: A, days: 1, on: 2026-10-06, due: 2026-10-09 }")
        #expect(try constraint("a", in: plan) == .pinned(Self.date("2026-10-06")))
        #expect(plan.milestone("a")?.declared == DeclaredDates(on: Self.date("2026-10-06"), due: Self.date("2026-10-09")))
    }

    @Test func aRolloutPushedIntoTestingWaitsOutTheWindowAndRemembersWhatPushedIt() throws {
        let plan = try planned("""
            { id: p, title: P, days: 5, not_before: 2027-04-12, kind: pilot }, { id: g, title: G, days: 1, after: p, kind: gate },
            { id: r, title: R, days: 3, after: g, kind: rollout }
            """)
        let recorded = try constraint("r", in: plan)
        #expect(recorded == .testingWindow("State testing", after: .predecessor("g")))
        #expect(recorded.followedMilestone == "g")
    }

    @Test func unfinishedWorkIsHeldByTheAsOfDate() throws {
        let plan = try planned("{ id: a, title: A, days: 5 }, { id: b, title: B, days: 2, status: in_progress }", asOf: "2026-09-15")
        #expect(try constraint("a", in: plan) == .asOf(Self.date("2026-09-15")))
        // Work in progress keeps its start; the as-of date holds its end.
        let b = try #require(plan.milestone("b"))
        #expect(b.startConstraint == .startOfYear && b.endsOnAsOf == Self.date("2026-09-15"))
        #expect(b.end == Self.date("2026-09-15"))
    }

    @Test func aDateInAClosureSlidesPastIt() throws {
        let plan = try planned("{ id: a, title: A, days: 1, not_before: 2026-12-22 }")
        #expect(try constraint("a", in: plan) == .closure("Winter break", after: .notBefore(Self.date("2026-12-22"))))
        #expect(plan.dates("a") == "2027-01-04…2027-01-04")
    }

    @Test func aDateOnAWeekendIsNoClosure() throws {
        let plan = try planned("{ id: a, title: A, days: 1, not_before: 2026-10-03 }")
        #expect(try constraint("a", in: plan) == .notBefore(Self.date("2026-10-03")))
    }

    @Test func finishedWorkIsDatedFromItsDoneOn() throws {
        let plan = try planned("{ id: a, title: A, days: 3, status: done, done_on: 2026-09-01 }")
        #expect(try constraint("a", in: plan) == .finished(Self.date("2026-09-01")))
        #expect(plan.milestone("a")?.declared?.doneOn == Self.date("2026-09-01"))
    }

    @Test func thePlannersOwnMilestonesDeclareNothing() throws {
        let plan = try planned("{ id: a, title: A, days: 2 }")
        let review = try #require(plan.milestones.first { $0.origin == .cycleReview })
        #expect(review.declared == nil)
        #expect(review.startConstraint == .pinned(review.start))
    }
}
