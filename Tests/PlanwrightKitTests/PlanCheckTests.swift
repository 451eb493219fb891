import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Each check on its own, over the context the planner hands it: it speaks up on a plan with
/// the problem it guards against and stays quiet on one without.
struct PlanCheckTests {
    let sound = PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))

    func context(_ yaml: String, goalsByCycle: [Int: Set<String>] = [:]) throws -> CheckContext {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.plan), planned = try #require(result.improvementPlan)
        return CheckContext(plan: plan, milestones: planned.milestones, goalsByCycle: goalsByCycle, cycles: planned.cycles,
                            champions: planned.champions, training: planned.training, budget: planned.budget, scopeStaff: ScopeStaff(plan), scopeSchools: ScopeSchools(plan.schools),
                                   calendar: SchoolCalendar(year: plan.year, schools: plan.schools))
    }

    func messages(_ check: some PlanCheck, _ yaml: String, goalsByCycle: [Int: Set<String>] = [:]) throws -> [String] {
        try check.diagnostics(in: context(yaml, goalsByCycle: goalsByCycle)).map(\.message)
    }

    @Test func pastLastDayOfSchool() throws {
        let late = PlanFixture.yaml(goals: PlanFixture.goal("{ id: late, title: Late, days: 10, not_before: 2027-06-07 }"))
        #expect(try messages(PastLastDayOfSchool(), late) == ["milestone 'late' runs to 2027-06-18, past the last day of school (2027-06-11); shorten it, start it sooner, or move it to next year's plan"])
        #expect(try messages(PastLastDayOfSchool(), sound) == [])
    }

    @Test func supportAtFlaggedSchools() throws {
        let schools = "[{ id: north, name: North Elementary, needs_support: [bandwidth] }]"
        let bare = PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))
        #expect(try messages(SupportAtFlaggedSchools(), bare) == ["North Elementary is flagged as needing support (bandwidth), but no milestone plans infrastructure or in-person support there; schools that would struggle need it planned and budgeted first"])
        let covered = PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: wifi, title: Wi-Fi, days: 3, schools: [north] }", indicators: "[infrastructure-support]"))
        #expect(try messages(SupportAtFlaggedSchools(), covered) == [])
        #expect(try messages(SupportAtFlaggedSchools(), sound) == [])
        // Support the budget plans there is the capacity a milestone would have planned.
        let technician = PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
                                          extra: "support: [{ what: On-site technician, schools: [north], days_per_week: 1 }]")
        #expect(try messages(SupportAtFlaggedSchools(), technician) == [])
        let elsewhere = PlanFixture.yaml(schools: String(schools.dropLast()) + ", { id: south, name: South }]", goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
                                         extra: "support: [{ what: On-site technician, schools: [south], days_per_week: 1 }]")
        #expect(try messages(SupportAtFlaggedSchools(), elsewhere).count == 1)
    }

    @Test func supportWorkIsWhatTheFrameworkMarks() throws {
        let schools = "[{ id: north, name: North Elementary, needs_support: [bandwidth] }]"
        let covered = try context(PlanFixture.yaml(schools: schools, goals: PlanFixture.goal("{ id: wifi, title: Wi-Fi, days: 3, schools: [north] }", indicators: "[infrastructure-support]")))
        var plan = covered.plan
        for d in plan.framework.domains.indices {
            for i in plan.framework.domains[d].indicators.indices { plan.framework.domains[d].indicators[i].concerns = [] }
        }
        let unmarked = CheckContext(plan: plan, milestones: covered.milestones, goalsByCycle: [:], cycles: covered.cycles,
                                    champions: covered.champions, training: covered.training, budget: covered.budget, scopeStaff: ScopeStaff(plan), scopeSchools: ScopeSchools(plan.schools),
                                   calendar: SchoolCalendar(year: plan.year, schools: plan.schools))
        #expect(SupportAtFlaggedSchools().diagnostics(in: unmarked).map(\.message) == ["North Elementary is flagged as needing support (bandwidth), but no milestone plans infrastructure or in-person support there; schools that would struggle need it planned and budgeted first"])
    }

    @Test func teacherOnTheTeam() throws {
        let noTeacher = PlanFixture.yaml(team: "[{ name: Bo Diaz, role: Director of Digital Learning }]", goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))
        #expect(try messages(TeacherOnTheTeam(), noTeacher) == ["the planning team has no teacher; add classroom teachers (a role with 'teacher' in it) so the plan meets their instructional needs"])
        #expect(try messages(TeacherOnTheTeam(), sound) == [])
    }

    @Test func goalsServeIndicators() throws {
        let loose = PlanFixture.yaml(goals: "[{ id: loose, title: Loose, milestones: [{ id: a, title: A, days: 3 }] }]")
        #expect(try messages(GoalsServeIndicators(), loose) == ["goal 'loose' serves no indicator of the framework; tie it to the indicators it moves so it is coordinated with the rest of the plan"])
        #expect(try messages(GoalsServeIndicators(), sound) == [])
    }

    @Test func focusPerCycle() throws {
        let plan = PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"), extra: "focus: { per_cycle: 2 }")
        #expect(try messages(FocusPerCycle(), plan, goalsByCycle: [1: ["g1", "g2", "g3"]]) == ["Cycle 1 has 3 goals under way at once (g1, g2, g3), more than the focus of 2 per cycle; start some later, or raise focus.per_cycle knowingly"])
        #expect(try messages(FocusPerCycle(), plan, goalsByCycle: [1: ["g1", "g2"], 2: ["g3"]]) == [])
    }

    @Test func trainingBeforeRollout() throws {
        let alone = PlanFixture.yaml(goals: PlanFixture.goal("{ id: t, title: T, days: 2, kind: training }"))
        #expect(try messages(TrainingBeforeRollout(), alone) == ["training 't' has no rollout after it; train just before people start using the tool, so it sticks"])
        let inOrder = PlanFixture.yaml(goals: PlanFixture.goal("""
            { id: p, title: P, days: 5, kind: pilot }, { id: g, title: G, days: 1, after: p, kind: gate },
            { id: t, title: T, days: 2, after: g, kind: training }, { id: r, title: R, days: 5, after: t, kind: rollout }
            """))
        #expect(try messages(TrainingBeforeRollout(), inOrder) == [])
    }

    @Test func ownerLoad() throws {
        let milestones = PlanFixture.goal("""
            { id: a, title: A, days: 5, owner: Bo Diaz }, { id: b, title: B, days: 5, owner: Bo Diaz }, { id: c, title: C, days: 2, owner: Bo Diaz, not_before: 2026-08-27 }
            """)
        #expect(try messages(OwnerLoad(), PlanFixture.yaml(goals: milestones, extra: "owners: { max_concurrent: 2 }")) == ["Bo Diaz has 3 milestones at once on 2026-08-27 (a, b, c); the plan allows 2 per owner"])
        #expect(try messages(OwnerLoad(), PlanFixture.yaml(goals: milestones, extra: "owners: { max_concurrent: 3 }")) == [])
    }

    @Test func championAtEverySchool() throws {
        let twoSchools = sound
            .replacingPresent("schools: [{ id: north, name: North Elementary }]", with: "schools: [{ id: north, name: North Elementary }, { id: south, name: South Middle }]")
            .replacingPresent("staff: [{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }]",
                                  with: "staff: [{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }, { id: s2, name: Cy Park, school: south, comfort: 2 }]")
        #expect(try messages(ChampionAtEverySchool(), twoSchools) == ["South Middle has no technology champion: 1 member of staff has no colleague to turn to; recruit one there, or partner with North Elementary, which has 6 spare places"])
        #expect(try messages(ChampionAtEverySchool(), sound) == [])
    }

    @Test func comfortRated() throws {
        let unrated = sound.replacingPresent("comfort: 4, champion: yes", with: "champion: yes")
        #expect(try messages(ComfortRated(), unrated) == ["1 member of staff has no comfort rating and starts in Getting started; a quick survey would place them better"])
        #expect(try messages(ComfortRated(), sound) == [])
    }

    @Test func trainingSessionsPlaced() throws {
        let noTrainingDays = PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11 }", goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))
        let found = try messages(TrainingSessionsPlaced(), noTrainingDays)
        #expect(found.count == 1)
        #expect(found.first?.contains("has no session: no PD or early-release day falls between") == true, "\(found)")
        #expect(try messages(TrainingSessionsPlaced(), sound) == [])
    }
}
