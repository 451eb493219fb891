import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// One warning per pitfall of the evaluation brief, each at the place in the plan to fix it.
struct PitfallTests {
    func warnings(_ yaml: String) -> [String] {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return result.diagnostics.filter { $0.severity == .warning }.map(\.message)
    }

    @Test func aSoundPlanHasNoWarnings() {
        #expect(warnings(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))) == [])
    }

    @Test func pitfall1_aSchoolNeedingSupportWithoutASupportMilestone() {
        let schools = "[{ id: north, name: North Elementary, needs_support: [bandwidth, support_staff] }]"
        let bare = warnings(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 3 }")))
        #expect(bare == ["North Elementary is flagged as needing support (bandwidth and support staff), but no milestone plans infrastructure or in-person support there; schools that would struggle need it planned and budgeted first"])
        let covered = warnings(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: wifi, title: Wi-Fi, days: 3, schools: [north] }", indicators: "[infrastructure-support]")))
        #expect(covered.isEmpty)
    }

    @Test func pitfall3_noTeacherOnThePlanningTeam() {
        let found = warnings(PlanFixture.yaml(team: "[{ name: Bo Diaz, role: Director of Digital Learning }]", goals: PlanFixture.goal("{ id: a, title: A, days: 3 }")))
        #expect(found == ["the planning team has no teacher; add classroom teachers (a role with 'teacher' in it) so the plan meets their instructional needs"])
    }

    @Test func pitfall4_aGoalTiedToNoIndicator() {
        let found = warnings(PlanFixture.yaml(goals: "[{ id: loose, title: Loose, milestones: [{ id: a, title: A, days: 3 }] }]"))
        #expect(found == ["goal 'loose' serves no indicator of the framework; tie it to the indicators it moves so it is coordinated with the rest of the plan"])
    }

    @Test func pitfall5_moreGoalsUnderWayThanTheFocusAllows() {
        let goals = "[" + (1...3).map { "{ id: g\($0), title: G\($0), indicators: [shared-vision], milestones: [{ id: m\($0), title: M, days: 5 }] }" }.joined(separator: ", ") + "]"
        let found = warnings(PlanFixture.yaml(goals: goals, extra: "focus: { per_cycle: 2 }"))
        #expect(found == ["Cycle 1 has 3 goals under way at once (g1, g2, g3), more than the focus of 2 per cycle; start some later, or raise focus.per_cycle knowingly"])
    }

    @Test func pitfall6_trainingWithoutARolloutAfterItOrBeforeTheGate() {
        // The training is its own programme, in its own two days (which hold no training slot, also said).
        let noRollout = warnings(PlanFixture.yaml(goals: PlanFixture.goal("{ id: t, title: T, days: 2, kind: training }")))
            .filter { $0.hasPrefix("training 't'") }
        #expect(noRollout == ["training 't' has no rollout after it; train just before people start using the tool, so it sticks"])
        let early = warnings(PlanFixture.yaml(goals: PlanFixture.goal("""
            { id: t, title: T, days: 2, kind: training }, { id: p, title: P, days: 5, after: t, kind: pilot },
            { id: g, title: G, days: 1, after: p, kind: gate }, { id: r, title: R, days: 5, after: g, kind: rollout }
            """)))
        // The two days of 't' hold no early-release day, which is warned about too; here only the order matters.
        #expect(early.filter { $0.hasPrefix("training 't'") } == ["training 't' comes before any go/no-go gate; train once the pilot shows the tool works, not on software that may change"])
    }

    @Test func ownersWithTooMuchAtOnce() {
        let found = warnings(PlanFixture.yaml(goals: PlanFixture.goal("""
            { id: a, title: A, days: 5, owner: Bo Diaz }, { id: b, title: B, days: 5, owner: Bo Diaz }, { id: c, title: C, days: 2, owner: Bo Diaz, not_before: 2026-08-27 }
            """), extra: "owners: { max_concurrent: 2 }"))
        #expect(found == ["Bo Diaz has 3 milestones at once on 2026-08-27 (a, b, c); the plan allows 2 per owner"])
    }

    @Test func workPastTheLastDayOfSchool() {
        let found = warnings(PlanFixture.yaml(goals: PlanFixture.goal("{ id: late, title: Late, days: 10, not_before: 2027-06-07 }")))
        #expect(found == ["milestone 'late' runs to 2027-06-18, past the last day of school (2027-06-11); shorten it, start it sooner, or move it to next year's plan"])
    }
}
