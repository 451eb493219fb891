import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `status` and the progress section: each milestone judged on a date against the plan's own
/// schedule, unfinished work re-planned from that date, and measures against a steady pace.
struct ProgressTests {
    /// a: 2026-08-24…09-04, b: 09-07…09-11, c: 09-14…09-18, due on its last day.
    static func chain(a: String = "", b: String = "", c: String = "") -> String {
        PlanFixture.goal("""
            { id: a, title: A, days: 10\(a) }, { id: b, title: B, days: 5, after: a\(b) },
            { id: c, title: C, days: 5, after: b, due: 2026-09-18\(c) }
            """)
    }

    func progress(_ goals: String, asOf: String?, extra: String = "") throws -> ImprovementPlan {
        let result = PlanFixture.run(PlanFixture.yaml(goals: goals, extra: extra), asOf: asOf)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    func state(_ plan: ImprovementPlan, _ id: String) -> MilestoneProgress.State? {
        plan.progress.milestones.first { $0.id == id }?.state
    }

    @Test func beforeAnythingStartsAllIsOnTrackAndNothingMoves() throws {
        let plan = try progress(Self.chain(), asOf: "2026-08-20")
        #expect(["a", "b", "c"].map { state(plan, $0) } == [.onTrack, .onTrack, .onTrack])
        #expect(plan.dates("c") == "2026-09-14…2026-09-18")
        #expect(plan.progress.milestones.allSatisfy { $0.slip == 0 })
    }

    @Test func workInProgressOnItsDatesIsOnTrack() throws {
        let plan = try progress(Self.chain(a: ", status: in_progress"), asOf: "2026-09-01")
        #expect(["a", "b", "c"].map { state(plan, $0) } == [.onTrack, .onTrack, .onTrack])
        #expect(plan.dates("a") == "2026-08-24…2026-09-04")
    }

    @Test func onItsLastPlannedDayWorkIsNotYetLate() throws {
        let plan = try progress(Self.chain(a: ", status: in_progress"), asOf: "2026-09-04")
        #expect(state(plan, "a") == .onTrack)
        #expect(state(try progress(Self.chain(a: ", status: in_progress"), asOf: "2026-09-07"), "a") == .late)
    }

    @Test func workNotStartedByItsStartIsReplannedFromTheDateAndPutsTheDueAtRisk() throws {
        let plan = try progress(Self.chain(), asOf: "2026-09-01")
        #expect(plan.dates("a") == "2026-09-01…2026-09-14")
        #expect(state(plan, "a") == .onTrack)  // its planned end has not passed yet
        #expect(state(plan, "c") == .atRisk)
        let c = try #require(plan.progress.milestones.first { $0.id == "c" })
        #expect(c.slip == 6)
        guard case let .atRisk(reason) = c.reason else { Issue.record("\(c.reason)"); return }
        let problem = Wording.english.say(reason)
        #expect(problem.contains("due by 2026-09-18"))
        #expect(problem.contains("'a' was not finished by 2026-09-01"))
        // Late work threatening a due is a warning for the meeting, not an error in the plan.
        #expect(plan.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("as of 2026-09-01, milestone 'c' is due by 2026-09-18") })
    }

    @Test func pastItsEndAndNotDoneIsLateAndWhatWaitsForItMoves() throws {
        let plan = try progress(Self.chain(a: ", status: in_progress"), asOf: "2026-09-10")
        #expect(state(plan, "a") == .late)
        #expect(plan.dates("a") == "2026-08-24…2026-09-10")
        let a = try #require(plan.progress.milestones.first { $0.id == "a" })
        #expect(a.reason == .late(schoolDaysBehind: 4, status: .inProgress, blockedBecause: nil))
        #expect(a.words(in: plan) == "Was to end on Fri, Sep 4 and is 4 school days late (in progress); re-planned to end on Thu, Sep 10 at the earliest.")
        #expect(state(plan, "b") == .onTrack)
        #expect(plan.dates("b") == "2026-09-11…2026-09-17")
        #expect(state(plan, "c") == .atRisk)
    }

    @Test func afterEverythingIsDoneAllIsDone() throws {
        let plan = try progress(Self.chain(a: ", status: done, done_on: 2026-09-04", b: ", status: done, done_on: 2026-09-11",
                                           c: ", status: done, done_on: 2026-09-18"), asOf: "2026-10-01")
        #expect(["a", "b", "c"].map { state(plan, $0) } == [.done, .done, .done])
        #expect(plan.progress.count(.done) == 3)
    }

    @Test func afterItsDueUnfinishedWorkIsLate() throws {
        let plan = try progress(Self.chain(a: ", status: done, done_on: 2026-09-04", b: ", status: done, done_on: 2026-09-11",
                                           c: ", status: in_progress"), asOf: "2026-10-01")
        #expect(state(plan, "c") == .late)
        #expect(plan.progress.count(.late) == 1)
    }

    @Test func workFinishedAfterTheDateWasStillOpenOnIt() throws {
        let plan = try progress(Self.chain(a: ", status: done, done_on: 2026-09-04"), asOf: "2026-09-02")
        #expect(state(plan, "a") == .onTrack)
        #expect(plan.milestone("a")?.status == .inProgress)
    }

    @Test func blockedWorkIsAtRisk() throws {
        let plan = try progress(Self.chain(b: ", status: blocked"), asOf: "2026-08-25")
        #expect(state(plan, "b") == .atRisk)
    }

    @Test func withoutADateTheLatestRecordIsUsedSoTheSameFileGivesTheSameSchedule() throws {
        let recorded = try progress(Self.chain(a: ", status: done, done_on: 2026-09-04"), asOf: nil)
        #expect(recorded.progress.asOf == SchoolDate(iso: "2026-09-04"))
        #expect(recorded.progress.asOfSource == .latestRecord)
        let fresh = try progress(Self.chain(), asOf: nil)
        #expect(fresh.progress.asOf == SchoolDate(iso: "2026-08-24"))
        #expect(fresh.progress.asOfSource == .yearStart)
    }

    @Test func generatedMilestonesTakeTheirStatusFromTheProgressSection() throws {
        let plan = try progress(Self.chain(), asOf: "2026-12-01", extra: "progress: { cycle-1-review: { status: done, done_on: 2026-11-20 } }")
        #expect(state(plan, "cycle-1-review") == .done)
    }

    @Test func aProgressEntryForNoGeneratedMilestoneIsAnErrorWithASuggestion() {
        let yaml = PlanFixture.yaml(goals: Self.chain(), extra: "progress: { cycle-1-reveiw: { status: done } }")
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("progress:") }! + 1
        #expect(PlanFixture.run(yaml).diagnostics.contains {
            $0.severity == .error && $0.message.hasPrefix("'progress' records 'cycle-1-reveiw', but the planner made no milestone with that id; did you mean 'cycle-1-review'?")
                && $0.location?.line == line && $0.location?.column == 13
        })
    }

    @Test func aProgressEntryForThePlansOwnMilestoneSaysWhereItsStatusGoes() {
        let result = PlanFixture.run(PlanFixture.yaml(goals: Self.chain(), extra: "progress: { a: { status: done } }"))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("'a' is a milestone of the plan; record its progress with 'status' on the milestone itself") })
    }
}

/// A measure's trend: its values against the straight line from baseline to target.
struct MeasureTrendTests {
    let trend = MeasureTrend(start: SchoolDate(iso: "2026-09-01")!, end: SchoolDate(iso: "2027-06-01")!, asOf: SchoolDate(iso: "2027-01-15")!)

    func measure(baseline: Double = 20, target: Double = 80, by: String? = "2027-05-01", _ values: [(String, Double)]) -> MeasureProgress {
        let observations = values.map { Observation(date: SchoolDate(iso: $0.0)!, value: $0.1, location: SourceLocation(file: "t", line: 1, column: 1)) }
        let m = Measure(name: "Weekly use", unit: "percent", baseline: baseline, target: target, by: by.flatMap(SchoolDate.init(iso:)),
                        observations: observations, location: SourceLocation(file: "t", line: 1, column: 1))
        return trend.progress(of: m, goal: "g")
    }

    /// The measure's summary as `status` words it on the trend's date.
    func summary(_ m: MeasureProgress) -> String { m.words(asOf: trend.asOf, start: trend.start, end: trend.end) }

    @Test func noValuesYet() {
        let m = measure([])
        #expect(m.trend == .noData)
        #expect(summary(m) == "No values measured yet (baseline 20 percent, target 80 percent by Sat, May 1).")
    }

    @Test func onPaceWhenNearTheSteadyLine() {
        // 2026-12-31 is 121 of 242 days: halfway; 48 is 47% of the way from 20 to 80.
        let m = measure([("2026-10-01", 30), ("2026-12-31", 48)])
        #expect(m.trend == .onPace)
        #expect(summary(m).hasPrefix("On pace: 48 percent on Thu, Dec 31 is 47% of the way from 20 to 80; a steady pace would be at 50%"))
    }

    @Test func behindWithAProjectionOfWhenTheTargetIsReached() {
        let m = measure([("2026-12-31", 35)])
        #expect(m.trend == .behind)
        #expect(m.projected == SchoolDate(iso: "2027-12-29"))  // 121 days for a quarter of the way: 363 more
        #expect(summary(m).contains("at this pace it reaches the target around December 2027"))
    }

    @Test func movingAwayFromTheTargetIsSaidPlainly() {
        let m = measure([("2026-12-31", 15)])
        #expect(m.trend == .behind)
        #expect(m.projected == nil)
        #expect(summary(m).contains("it has not moved toward the target"))
    }

    @Test func aTargetBelowTheBaselineCountsDownwardProgress() {
        let m = measure(baseline: 40, target: 10, [("2026-12-31", 24)])
        #expect(m.trend == .onPace)
        #expect(m.achieved! > 0.5)
    }

    @Test func metOnceTheTargetIsReached() {
        #expect(measure([("2027-01-10", 81)]).trend == .met)
    }

    @Test func valuesAfterTheDateAreNotYetKnownAndOldOnesAreFlagged() {
        let m = measure([("2026-11-02", 40), ("2027-03-01", 90)])
        #expect(m.values.count == 1)
        #expect(m.staleDays == 74)
        #expect(summary(m).hasSuffix("Last measured 74 days before Fri, Jan 15; add a newer value."))
    }

    @Test func aPassedByDateShortOfTheTargetIsMissedByTheShortfall() {
        let m = measure(by: "2027-01-08", [("2026-12-31", 70)])
        #expect(m.trend == .missed)
        #expect(summary(m).hasPrefix("Missed: 70 percent on Thu, Dec 31 is 10 percentage points short of the target 80 percent, which was due by Fri, Jan 8."))
    }

    @Test func aPassedByDateShortOfALowerTargetIsMissedToo() {
        let m = measure(baseline: 40, target: 10, by: "2027-01-08", [("2026-12-31", 14)])
        #expect(m.trend == .missed)
        #expect(summary(m).hasPrefix("Missed: 14 percent on Thu, Dec 31 is 4 percentage points short of the target 10 percent"))
        #expect(measure(baseline: 40, target: 10, by: "2027-01-08", [("2026-12-31", 9)]).trend == .met)
    }

    @Test func withoutByTheTargetIsForTheLastDayOfSchool() {
        #expect(measure(by: nil, []).by == SchoolDate(iso: "2027-06-01"))
    }
}

/// `planwright status` as a user runs it.
struct StatusCommandTests {
    let cli = CommandLineTests()

    @Test func reportsEachStateWithReasonsAndExitsZero() throws {
        let result = try cli.run(["status", "Plans/maple-valley.yaml", "--as-of", "2026-11-22"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Maple Valley Unified School District: progress\nAs of Sun, Nov 22 (given by --as-of)\n9 late · 0 at risk · 23 on track · 3 done\n\nLATE\n"))
        #expect(result.stdout.contains("  riv-wifi: Replace Riverside access points and upgrade the circuit to 1 Gbps\n      Was to end on Tue, Nov 3 and is 12 school days late (not started); re-planned to end on\n      Fri, Dec 11.\n"))
        #expect(result.stdout.contains("\nMEASURES\n"))
    }

    @Test func jsonHoldsTheProgressReport() throws {
        let result = try cli.run(["status", "Plans/maple-valley.yaml", "--as-of", "2026-11-22", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2026-11-22")
        let states = (json["milestones"] as? [[String: Any]])?.compactMap { $0["state"] as? String } ?? []
        #expect(states.filter { $0 == "late" }.count == 9)
        #expect((json["measures"] as? [Any])?.count == 7)
    }

    @Test func aDateThatIsNoDateIsWrongUsage() throws {
        let result = try cli.run(["status", "Plans/maple-valley.yaml", "--as-of", "2026-11-31"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--as-of must be a date written YYYY-MM-DD"))
    }
}
