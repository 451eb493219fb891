import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// Every late or unplaced training session is visible: `status` lists it (group, sessions, why,
/// what to do), `check` names every group it affects, `diff` calls an unrecorded past session
/// late, and a session whose window is still ahead of the as-of date is not late.
struct TrainingVisibilityTests {
    /// The example as of May 3: late work has pushed the Canvas training into May and June, and
    /// the screen-management rollout now starts the day after its go/no-go ends.
    @Test func aWindowStillAheadMakesNoSessionLateAndStatusListsWhatHasNoDay() throws {
        let (plan, diagnostics) = try DateRangeOrderTests.example(asOf: "2027-05-03")
        let asOf = try #require(SchoolDate(iso: "2027-05-03"))
        let ahead = Set(plan.training.programmes.filter { $0.window.from > asOf }.map(\.id))
        #expect(ahead.contains("lms-rollout") && ahead.contains("mdm-rollout"))
        let groupProgramme = Dictionary(plan.training.groups.map { ($0.id, $0.programme) }, uniquingKeysWith: { a, _ in a })
        #expect(!plan.progress.sessions.contains { $0.state == .late && ahead.contains(groupProgramme[$0.group] ?? "") })

        let mdm = plan.training.unplaced.filter { $0.programme == "mdm-rollout" }
        #expect(!mdm.isEmpty && mdm.allSatisfy { $0.cause == .noDayInWindow })
        let status = ProgressTextReport.render(plan)
        #expect(status.contains("TRAINING SESSIONS WITH NO DAY\n"))
        // The Canvas Leading group's two 45-minute sessions share one 90-minute early release (one
        // after the other) where each once needed a day of its own, and the second found none.
        #expect(!status.contains("lms-rollout.leading-pooled-1: session"))
        let leading = plan.training.sessions.filter { $0.group == "lms-rollout.leading-pooled-1" }.sorted { $0.number < $1.number }
        #expect(leading.count == 2 && leading[0].time?.end == leading[1].time?.start && leading[0].date == leading[1].date,
                "\(leading.map { "\($0.date) \($0.time?.description ?? "-")" })")
        #expect(status.contains("""
              mdm-rollout.getting-started-eastside-1: sessions 1, 2 and 3
                  Why: the training window holds no day: after go/no-go 'mdm-gate', before rollout
                  'mdm-rollout'. To do: leave PD or early-release days before the rollout (a later not_before on
                  it).
            """))
        // Every group with no day is in the list, none of them as late.
        for group in Set(plan.training.unplaced.map(\.group)) { #expect(status.contains("  \(group): session"), "\(group)") }
        #expect(!status.contains("TRAINING SESSIONS LATE"))
        let json = try PlanJSON.encode(StatusJSON(plan))
        #expect(json.contains("\"sessionsWithNoDay\" : [") && json.contains("\"cause\" : \"no_day_in_window\""))

        // The handout of a school in the mdm programme says its sessions have no day yet, not that they are late.
        let files = try BudgetOutputTests.outputs(plan)
        let eastside = try #require(files["schools/eastside.md"])
        #expect(!eastside.contains("late, not recorded as held"))
        #expect(eastside.contains("3 sessions with no day yet"))
        #expect(eastside.contains("no days left before its rollout"))

        // `check`: one warning for the programme, naming each of its groups.
        let empty = diagnostics.filter { $0.message.hasPrefix("training for 'Classroom screen management goes live, grades 6–12' has no session") }
        #expect(empty.count == 1)
        for group in plan.training.groups where group.programme == "mdm-rollout" {
            #expect(empty.first?.message.contains("'\(group.id)'") == true, "\(group.id)")
        }
    }

    /// Four groups in one track, two slots for three sessions each: every short group is named.
    @Test func checkNamesEveryGroupATrackLeavesShort() throws {
        let staff = (1...16).map { "{ id: t\($0), name: Teacher \($0), school: \(["oak", "elm", "ash", "fir"][($0 - 1) / 4]), comfort: 1 }" }
        let yaml = PlanFixture.yaml(
            year: "{ start: 2026-08-24, end: 2027-06-11, early_release: [2026-11-04, 2026-11-11] }",
            schools: "[{ id: oak, name: Oak Elementary }, { id: elm, name: Elm Elementary }, { id: ash, name: Ash Middle School }, { id: fir, name: Fir High School }]",
            staff: "[\(staff.joined(separator: ", "))]",
            goals: PlanFixture.goal("{ id: gate, title: Go/no-go, days: 1, kind: gate, status: done, done_on: 2026-09-01 }, { id: r, title: Canvas goes live, days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }"),
            extra: "training: { max_group: 4 }")
        let result = PlanFixture.run(yaml)
        let plan = try #require(result.improvementPlan)
        let short = Set(plan.training.unplaced.map(\.group))
        #expect(short.count == 4)
        let warning = try #require(result.diagnostics.first { $0.message.hasPrefix("training track 'Getting started' gets fewer than its 3 sessions for 'Canvas goes live' in 4 groups (") })
        for group in short { #expect(warning.message.contains("'\(group)' gets 2"), "\(group)") }
    }

    /// A session due on a day that passed unrecorded is late in `diff`, not "moved".
    @Test func diffCallsAnUnrecordedPastSessionLate() throws {
        let group = TrainingProgressTests.group
        let planned = { (yaml: String, asOf: String) throws -> ImprovementPlan in try #require(PlanFixture.run(yaml, asOf: asOf).improvementPlan) }
        let old = try planned(TrainingProgressTests.yaml(), "2026-10-20")
        let new = try planned(TrainingProgressTests.yaml(held: "{ session: \(group)/1, on: 2026-10-28 }"), "2026-11-09")
        let side = { (plan: ImprovementPlan, file: String) in PlanDiffer.Side(planned: plan, file: file) }
        let markdown = PlanDiffMarkdown.render(PlanDiffer().diff(side(old, "old.yaml"), side(new, "new.yaml")))
        #expect(markdown.contains("- Session `\(group)/2`: late: was due Wed, Nov 4 and is not recorded as held; re-placed on Wed, Nov 11\n"), "\(markdown)")
        #expect(!markdown.contains("Wed, Nov 4 → Wed, Nov 11"))
    }
}
