import Foundation
import Testing

/// Next year's plan from this year's (issue 21, item 7), as a leader lives it: Cedar Bluff's
/// 2026-27 plan with a year of progress, committed in git; `init --from` makes 2027-28; `check`
/// passes on it; the leader removes the two staff who left and moves a cost to its goal; `diff`
/// between the years says what a board would read.
struct YearRolloverTests {
    static let lastYear = "Tests/PlanwrightKitTests/Fixtures/cedar-bluff-rollover/cedar-bluff-2026-27.yaml"

    /// A repository holding last year's plan as `plans/2026-27.yaml`, committed.
    struct Repository {
        let repository = try! DiffCommandTests.Repository()
        var root: URL { repository.root }

        init() throws {
            let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent(YearRolloverTests.lastYear), encoding: .utf8)
            try repository.write(text, to: "plans/2026-27.yaml")
            try repository.git(["add", "."])
            try repository.git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-qm", "2026-27 as it stood in May"])
        }

        func run(_ arguments: [String]) throws -> CommandLineTests.Run { try CommandLineTests().run(arguments, in: root) }
        func read(_ path: String) throws -> String { try repository.read(path) }
        func write(_ text: String, to path: String) throws { try repository.write(text, to: path) }
    }

    @Test func initFromLastYearLeavesFinishedWorkBehindAndCarriesTheRest() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        let result = try repository.run(["init", "plans/2027-28.yaml", "--from", "plans/2026-27.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("wrote plans/2027-28.yaml: 2027-28 from 2026-27; 3 finished milestones left behind, 2 unfinished milestones carried over, 0 ratings raised, 2 framework steps recorded as done\n"))
        let next = try repository.read("plans/2027-28.yaml")
        // Finished work stays behind; unfinished work is marked.
        for done in ["id: math-pilot", "id: math-gate", "id: hotspot-survey", "held:", "progress:", "status: done", "done_on:", "since:"] {
            #expect(!next.contains(done), "\(done) carried into next year")
        }
        #expect(next.components(separatedBy: "        carried_from: 2026-27\n").count - 1 == 2)
        #expect(!next.contains("after: [math-gate]") && !next.contains("after: [hotspot-survey]"))
        // The rollout's go/no-go said go last year; the hotspot lending is no rollout.
        #expect(next.contains("        title: Every grade 3-6 class practises weekly\n        carried_from: 2026-27\n        gate_passed: 2026-27\n"))
        #expect(next.components(separatedBy: "gate_passed:").count - 1 == 1)
        // The calendar moved 52 weeks on, to the same weekdays, and says so.
        #expect(next.contains("  start: 2027-08-18\n  end: 2028-05-19\n"))
        #expect(next.contains("- { name: Labor Day, from: 2027-09-06, to: 2027-09-06 }"))
        #expect(next.contains("# The dates below are 2026-27's moved on 52 weeks, to the same weekdays"))
        // Last year's results are the baseline.
        #expect(next.contains("shared-vision: { current: 2, steps_done: [shared-vision-1, shared-vision-2], target: 3 }"))
        #expect(next.contains("baseline: 73  # last measured 2027-03-26; was 40"))
        // Work under way was paid for when it started: a one-time purchase is not bought again.
        #expect(next.contains("        amount: 180\n        on: 2026-08-19  # paid from 2026-27, when the work started\n"))
        #expect(!next.contains("observations:"))
        // The rest carries as written, comments and all.
        #expect(next.contains("  # Cedar Bluff Junior High (8)\n  - { id: j-01, name: Derek Moen, school: cbjh,"))
        #expect(next.contains("  - { id: erate, name: E-Rate, amount: 7200 }"))

        let check = try repository.run(["check", "plans/2027-28.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.hasSuffix("0 errors, 1 warning in 1 file\n"))
        // Finished framework steps are not planned again; the third one is.
        let plan = try repository.run(["plan", "plans/2027-28.yaml"])
        #expect(!plan.stdout.contains("shared-vision-1") && !plan.stdout.contains("Collect teacher, student and family views"))
        #expect(plan.stdout.contains("shared-vision-3"))
        #expect(plan.stdout.contains("hotspot-lend     Lend hotspots to the families who asked                       Cody Brandt     carried over from 2026–27"))
        // A carried rollout passed its go/no-go last year: no new pilot is added before it.
        #expect(!plan.stdout.contains("math-rollout-pilot"))
        // The district plan says it too.
        #expect(try repository.run(["build", "plans/2027-28.yaml", "--out", "out"]).status == 0)
        #expect(try repository.read("out/plan.md").contains("| Lend hotspots to the families who asked (carried over from 2026–27) | Cody Brandt | task |"))

        // The same plan rolls over to the same bytes, and an existing file is never overwritten.
        #expect(try repository.run(["init", "plans/again.yaml", "--from", "plans/2026-27.yaml"]).status == 0)
        #expect(try repository.read("plans/again.yaml") == next)
        let refused = try repository.run(["init", "plans/2027-28.yaml", "--from", "plans/2026-27.yaml"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'plans/2027-28.yaml' already exists; init never overwrites a plan"))
        #expect(try repository.read("plans/2027-28.yaml") == next)

        // A year later, the notes are the new year's, not stacked on last year's.
        #expect(try repository.run(["init", "plans/2028-29.yaml", "--from", "plans/2027-28.yaml"]).status == 0)
        let third = try repository.read("plans/2028-29.yaml")
        #expect(third.hasPrefix("# 2028-29: started from 2027-28 with 'planwright init --from'."))
        #expect(third.components(separatedBy: ": started from ").count - 1 == 1)
        #expect(third.components(separatedBy: "# The dates below are ").count - 1 == 1)
        #expect(third.components(separatedBy: "# The baseline is where ").count - 1 == 1)
    }

    @Test func diffAcrossYearsComparesWorkPeopleAndBudgetNotDays() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        #expect(try repository.run(["init", "plans/2027-28.yaml", "--from", "plans/2026-27.yaml"]).status == 0)
        // Over the summer: two staff left, and the data plans became the goal's own cost.
        let edited = try repository.read("plans/2027-28.yaml")
            .replacingPresent("  - { id: e-21, name: Erin Fox, school: cbe, role: aide, subjects: [ela], grades: K-2, comfort: 2 }\n", with: "")
            .replacingPresent("  - { id: h-13, name: Lyle Two Moons, school: cbhs, role: counselor, subjects: [counseling], grades: 9-12, comfort: 2 }\n", with: "")
            .replacingPresent("""
                    costs:
                      - { item: Hotspot data plans, category: other, amount: 20, on: 2026-08-19, per: device, count: 40, every: month, funding: general-fund }  # paid from 2026-27, when the work started

            """, with: "")
            .replacingPresent("    costs:\n      - item: E-Rate hotspots", with: """
                costs:
                  - { item: Hotspot data plans, category: other, amount: 20, on: 2026-08-19, per: device, count: 40, every: month, funding: general-fund }
                  - item: E-Rate hotspots
            """)
        try repository.write(edited, to: "plans/2027-28.yaml")
        let result = try repository.run(["diff", "plans/2026-27.yaml", "plans/2027-28.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let diff = result.stdout
        #expect(diff.contains("**5 milestones finished and left behind, 2 carried over; 2 priorities changed; 2 staff left;"))
        #expect(diff.contains("The plans are for different school years, 2026–27 and 2027–28"))
        #expect(diff.contains("#### Finished in 2026–27, left behind\n\n- `hotspot-survey` Ask every family about internet at home: Wed, Aug 19 – Tue, Sep 1"))
        #expect(diff.contains("#### Carried over from 2026–27\n\n- `hotspot-lend` Lend hotspots to the families who asked: Wed, Aug 18 – Tue, Aug 31, 10 school days, task, Cody Brandt\n"))
        #expect(diff.contains("#### Cedar Bluff Elementary\n\n- Left: Erin Fox\n"))
        #expect(diff.contains("#### Cedar Bluff High School\n\n- Left: Lyle Two Moons\n"))
        // The cost moved and nothing else changed: its payments are the same, in the fiscal years both plans budget.
        #expect(diff.hasSuffix("### Budget\n\n#### Costs changed\n\n- Hotspot data plans (goal `home-access`): moved from milestone `hotspot-lend` to its goal\n"))
        // No per-day churn: nothing "moved" by a year of school days, no closure "no longer closed".
        for churn in ["#### Moved", "no longer closed", "new closure", "school days |", "Costs added", "Costs removed", "Session `"] {
            #expect(!diff.contains(churn), "\(churn) in the diff across years")
        }
    }

    @Test func ratingsRiseWhereTheWorkWasAllDoneAndFinishedGoalsStayBehind() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        // The hotspots were all lent, and the vision's third step done too.
        let finished = try repository.read("plans/2026-27.yaml")
            .replacingPresent("        kind: task\n        status: in_progress\n", with: "        kind: task\n        status: done\n        done_on: 2027-04-30\n")
            .replacingPresent("  shared-vision-2: { status: done, done_on: 2026-10-01 }\n",
                              with: "  shared-vision-2: { status: done, done_on: 2026-10-01 }\n  shared-vision-3: { status: done, done_on: 2026-10-30 }\n")
        try repository.write(finished, to: "plans/2026-27.yaml")
        let result = try repository.run(["init", "plans/2027-28.yaml", "--from", "plans/2026-27.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("4 finished milestones left behind, 1 unfinished milestone carried over, 1 finished goal left behind, 2 ratings raised\n"))
        let next = try repository.read("plans/2027-28.yaml")
        #expect(next.contains("    shared-vision: { current: 3, target: 3 }  # 2026-27: rose from 2 (every framework step done)\n"))
        #expect(next.contains("    equity-of-access: { current: 3, target: 3 }  # 2026-27: rose from 1 (every milestone of home-access done)\n"))
        #expect(next.contains("# Finished in 2026-27 and left behind: home-access (Every family that needs one borrows a hotspot).\ngoals:\n"))
        #expect(!next.contains("id: home-access") && !next.contains("steps_done"))
        let check = try repository.run(["check", "plans/2027-28.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        // Both reached their targets: neither is a priority, and no vision step is planned again.
        let plan = try repository.run(["plan", "plans/2027-28.yaml"])
        #expect(!plan.stdout.contains("Shared vision for teaching and learning:") && !plan.stdout.contains("shared-vision-"))
        #expect(!plan.stdout.contains("Commitment to equity of access:"))
    }

    @Test func anImportedCalendarIsLastYearsAndIsCommentedOut() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        let plans = GoodPlanTests.packageRoot.appendingPathComponent("Plans")
        for name in ["maple-valley.yaml"] + ExamplePlanFiles.relativePaths {
            try repository.write(try String(contentsOf: plans.appendingPathComponent(name), encoding: .utf8), to: "plans/\(name)")
        }
        let result = try repository.run(["init", "plans/maple-2027-28.yaml", "--from", "plans/maple-valley.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let next = try repository.read("plans/maple-2027-28.yaml")
        #expect(next.contains("""
              # 2026-27's calendar export: export the 2027-28 calendar and import it here.
              # import: maple-valley-holidays.ics   # holidays on the same rule every year, from the district calendar's export

            """))
        // A licence first paid on 2026-07-01 was paid then: costs' dates are not moved.
        #expect(next.contains("        on: 2026-07-01\n        funding: digital-grant\n"))
        let check = try repository.run(["check", "plans/maple-2027-28.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        // The funding cliff, and what the planner finds about the tools carried over.
        #expect(check.stderr.hasSuffix("0 errors, 35 warnings in 1 file\n"))
    }

    @Test func aRolloutCarriedOverIsGatedAgainUnlessItsGoNoGoSaidGo() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        // Lending hotspots as a rollout with no pilot or gate of its own: the planner added them last year.
        let lending = try repository.read("plans/2026-27.yaml")
            .replacingPresent("        after: [hotspot-survey]\n        owner: Cody Brandt\n        kind: task\n",
                              with: "        after: [hotspot-survey]\n        owner: Cody Brandt\n        kind: rollout\n")
        for (name, progress, passed) in [("not-passed", "", false),
                                         ("passed", "  hotspot-lend-pilot: { status: done, done_on: 2026-09-15 }\n  hotspot-lend-gate: { status: done, done_on: 2026-09-17 }\n", true)] {
            try repository.write(lending + progress, to: "plans/\(name).yaml")
            let result = try repository.run(["init", "plans/\(name)-next.yaml", "--from", "plans/\(name).yaml"])
            #expect(result.status == 0, "\(result.stderr)")
            let next = try repository.read("plans/\(name)-next.yaml")
            #expect(next.contains("        title: Lend hotspots to the families who asked\n        carried_from: 2026-27\n" + (passed ? "        gate_passed: 2026-27\n" : "        days: 10\n")))
            let plan = try repository.run(["plan", "plans/\(name)-next.yaml"])
            #expect(plan.stdout.contains("hotspot-lend-gate") == !passed, "\(name)")
        }
    }

    /// Who was in each group that met is this year's record, like the sessions held: next year's
    /// groups have not met, and a recorded group next year's plan has no sessions for would be an
    /// error ("the plan has no group with that id") in the first `check` of the new year.
    @Test func theGroupsThatMetStayBehindWithTheirHeldSessions() throws {
        let repository = try Repository()
        defer { repository.repository.remove() }
        let groups = """
              groups:
                - { group: math-rollout.starting-cbe-1, members: [e-10, e-12, e-14, e-15, e-17, e-19, e-20, e-23] }
                - { group: math-rollout.fluent-cbe-1, members: [e-08, e-11, e-13, e-16, e-18, e-22] }

            """
        let recorded = try repository.read("plans/2026-27.yaml").replacingPresent("\nchampions:\n", with: groups + "\nchampions:\n")
        try repository.write(recorded, to: "plans/2026-27.yaml")
        #expect(try repository.run(["check", "plans/2026-27.yaml"]).status == 0)
        let result = try repository.run(["init", "plans/2027-28.yaml", "--from", "plans/2026-27.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        let next = try repository.read("plans/2027-28.yaml")
        #expect(!next.contains("groups:") && !next.contains("math-rollout.starting-cbe-1"), "\(next)")
        // The training settings stay as written, up to the champions.
        #expect(next.contains("    - { id: leading, name: Leading, comfort: [4, 5], sessions: 1, minutes: 45 }\n\nchampions:\n"))
        let check = try repository.run(["check", "plans/2027-28.yaml"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.hasSuffix("0 errors, 1 warning in 1 file\n"))
    }
}
