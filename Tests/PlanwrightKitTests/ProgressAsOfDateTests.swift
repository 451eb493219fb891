import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Issue 21, item 6: progress as of any date shows what was known on that date. Cedar Bluff's
/// year as committed in May (`Fixtures/cedar-bluff-asof/cedar-bluff-may.yaml`): the math rollout,
/// planned from Jan 11, in progress since Jan 19; the hotspots blocked since Mar 2 by a back-order.
struct ProgressAsOfDateTests {
    static let plan = Fixtures.text("cedar-bluff-asof/cedar-bluff-may.yaml")

    static func run(_ yaml: String = plan, asOf: String?) -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(asOf: asOf.map { SchoolDate(iso: $0)! })).run(SourceText(path: "cedar-bluff-may.yaml", bytes: Array(yaml.utf8)))
    }

    static func planned(_ yaml: String = plan, asOf: String?) throws -> ImprovementPlan {
        let result = run(yaml, asOf: asOf)
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return try #require(result.improvementPlan)
    }

    static func progress(_ plan: ImprovementPlan, _ id: String) throws -> MilestoneProgress {
        try #require(plan.progress.milestones.first { $0.id == id })
    }

    /// Late, and how the work stood: its status, and why it is blocked when that is recorded.
    static func isLate(_ m: MilestoneProgress, _ status: MilestoneStatus, because: String? = nil) -> Bool {
        guard case let .late(_, was, blockedBecause) = m.reason else { return false }
        return was == status && blockedBecause == because
    }

    static func line(of text: String, in yaml: String = plan) -> Int {
        (yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } ?? -1) + 1
    }

    // MARK: Dec 1, Mar 20, May 3

    @Test func onDecemberFirstTheRolloutIsComingAndTheHotspotsAreNotBlockedYet() throws {
        let plan = try Self.planned(asOf: "2026-12-01")
        let rollout = try Self.progress(plan, "math-rollout")
        #expect(rollout.state == .onTrack)
        #expect(rollout.reason == .onTrack(inProgress: false, later: nil))
        #expect(rollout.words(in: plan) == "Starts on Mon, Jan 11, ends on Fri, Jan 29.")
        #expect(plan.milestone("math-rollout")?.status == .planned)
        let hotspots = try Self.progress(plan, "hotspot-lend")
        #expect(hotspots.state == .onTrack, "\(hotspots.reason)")
        #expect(plan.milestone("hotspot-lend")?.blockedBecause == nil)
        let text = ProgressTextReport.render(plan)
        #expect(!text.contains("In progress, to end on Fri, Jan 29"))
        #expect(!text.contains("back-ordered") && !text.contains("blocked"))
        // A framework step marked in progress since Nov 2 was known to be under way.
        #expect(try Self.isLate(Self.progress(plan, "shared-vision-3"), .inProgress))
    }

    @Test func onMarchTwentiethTheRolloutIsLateInProgressAndTheHotspotsAreBlocked() throws {
        let plan = try Self.planned(asOf: "2027-03-20")
        let rollout = try Self.progress(plan, "math-rollout")
        #expect(rollout.state == .late)
        #expect(Self.isLate(rollout, .inProgress))
        let hotspots = try Self.progress(plan, "hotspot-lend")
        #expect(hotspots.state == .late)
        #expect(Self.isLate(hotspots, .blocked, because: "the E-Rate hotspots are back-ordered"))
        #expect(hotspots.spill == nil)
    }

    @Test func onMayThirdTheHotspotsSpillIntoTheSummerEverywhere() throws {
        let plan = try Self.planned(asOf: "2027-05-03")
        let hotspots = try Self.progress(plan, "hotspot-lend")
        #expect(hotspots.state == .late)
        #expect(hotspots.end == SchoolDate(iso: "2027-05-28"))
        #expect(hotspots.spill == .summer)
        #expect(plan.progress.milestones.filter { $0.spill != nil }.map(\.id) == ["hotspot-lend"])
        let said = "Spills into the summer: it now ends after the last day of school, Fri, May 21."
        #expect(ProgressTextReport.render(plan).contains("re-planned to end on Fri, May 28, 2027.\n      \(said)\n"))
        let json = try PlanJSON.encode(plan)
        #expect(json.contains("\"spill\" : \"summer\""))
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        #expect(try #require(files["plan.md"]).contains("back-ordered); re-planned to end on Fri, May 28, 2027. \(said) |"))
        #expect(try #require(files["plan.html"]).contains(said))
        // The elementary school's handout tags the row in its coming weeks.
        #expect(try #require(files["schools/cbe.md"]).contains(": Lend hotspots to the families who asked, and show each family how to connect (Cody Brandt) **late, into the summer**, blocked: "))
    }

    @Test func checkWarnsOnceAtTheMilestoneThatSpills() throws {
        let result = Self.run(asOf: "2027-05-03")
        let spills = result.diagnostics.filter { $0.message.contains("past the last day of school") }
        #expect(spills.map(\.message) == ["as of 2027-05-03, milestone 'hotspot-lend' was to end on 2026-12-02 and is re-planned to end on 2027-05-28, "
                                          + "past the last day of school (2027-05-21): it spills into the summer; finish or shorten it this year, or carry it into next year's plan"])
        #expect(spills.first?.severity == .warning)
        #expect(spills.first?.location?.line == Self.line(of: "- id: hotspot-lend"))
    }

    @Test func workPushedIntoTheNextSchoolYearSaysSo() throws {
        let longer = Self.plan.replacingPresent("        days: 20\n        after: [hotspot-survey]\n",
                                                with: "        days: 90\n        after: [hotspot-survey]\n")
        let plan = try Self.planned(longer, asOf: "2027-05-03")
        #expect(try Self.progress(plan, "hotspot-lend").spill == .nextYear)
        #expect(ProgressTextReport.render(plan).contains("Spills into next school year: it now ends after the last day of school, Fri, May 21."))
    }

    @Test func theDiffFlagsWorkItMovesPastTheLastDayOfSchool() throws {
        let shorter = Self.plan.replacingPresent("        days: 20\n        after: [hotspot-survey]\n",
                                                with: "        days: 10\n        after: [hotspot-survey]\n")
        let old = PlanDiffer.Side(planned: try Self.planned(shorter, asOf: "2027-05-03"), file: "old.yaml")
        let new = PlanDiffer.Side(planned: try Self.planned(asOf: "2027-05-03"), file: "new.yaml")
        let diff = PlanDiffer().diff(old, new)
        let moved = try #require(diff.milestones.moved.first { $0.id == "hotspot-lend" })
        #expect(moved.spill == .summer)
        #expect(PlanDiffMarkdown.render(diff).contains("; now ends after the last day of school, into the summer |"))
    }

    // MARK: What `since` means

    @Test func inProgressWithoutSinceIsNotUnderWayBeforeItsPlannedStart() throws {
        let noSince = Self.plan.replacingPresent("        status: in_progress\n        since: 2027-01-19\n", with: "        status: in_progress\n")
        let december = try Self.planned(noSince, asOf: "2026-12-01")
        #expect(try Self.progress(december, "math-rollout").reason == .onTrack(inProgress: false, later: nil))
        // From its planned start on, a status without `since` reads as it always did.
        let january = try Self.planned(noSince, asOf: "2027-01-12")
        #expect(try Self.progress(january, "math-rollout").words(in: january) == "In progress, to end on Fri, Jan 29.")
    }

    @Test func workRecordedAsStartedEarlyIsInProgressBeforeItsPlannedStart() throws {
        let early = Self.plan.replacingPresent("        since: 2027-01-19\n", with: "        since: 2026-11-30\n")
        let plan = try Self.planned(early, asOf: "2026-12-01")
        #expect(try Self.progress(plan, "math-rollout").reason == .onTrack(inProgress: true, later: nil))
        #expect(plan.milestone("math-rollout")?.status == .inProgress)
    }

    @Test func aBlockedStatusOnAGeneratedMilestoneWaitsForItsSinceToo() throws {
        let blocked = Self.plan.replacingPresent("  cycle-1-review: { status: done, done_on: 2026-11-10 }",
                                                 with: "  cycle-1-review: { status: blocked, since: 2026-11-09, blocked_because: the data came late }")
        #expect(try Self.progress(Self.planned(blocked, asOf: "2026-11-06"), "cycle-1-review").state == .onTrack)
        #expect(try Self.progress(Self.planned(blocked, asOf: "2026-11-09"), "cycle-1-review").state == .atRisk)
    }

    @Test func aSinceCountsTowardTheDefaultDate() throws {
        // The latest observation is Mar 26; a status recorded since Apr 6 is later still.
        let april = Self.plan.replacingPresent("        since: 2027-03-02\n", with: "        since: 2027-04-06\n")
        let plan = try Self.planned(april, asOf: nil)
        #expect(plan.progress.asOf == SchoolDate(iso: "2027-04-06"))
        #expect(try Self.progress(plan, "hotspot-lend").words(in: plan).contains("(blocked: the E-Rate hotspots are back-ordered)"))
    }

    @Test func aSinceAfterTheLastDayOfSchoolIsWarnedAtAndMovesNothing() throws {
        let typo = Self.plan.replacingPresent("        since: 2027-03-02\n", with: "        since: 2072-03-02\n")
        let result = Self.run(typo, asOf: nil)
        let warning = try #require(result.diagnostics.first { $0.message.contains("has since 2072-03-02") })
        #expect(warning.message == "milestone 'hotspot-lend' has since 2072-03-02, after the last day of school (2027-05-21), so no date of this year shows its status; check the year")
        #expect(warning.severity == .warning && warning.location?.line == Self.line(of: "since: 2072-03-02", in: typo) && warning.location?.column == 16)
        #expect(try #require(result.improvementPlan).progress.asOf == SchoolDate(iso: "2027-03-26"))
    }

    @Test func sinceOnWorkThatIsNotInProgressOrBlockedIsAnErrorAtIt() throws {
        let done = Self.plan.replacingPresent("  shared-vision-3: { status: in_progress, since: 2026-11-02 }",
                                              with: "  shared-vision-3: { status: done, since: 2026-11-02 }")
        let errors = Self.run(done, asOf: nil).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["milestone 'shared-vision-3' has 'since' (the day its status was recorded), but its status is 'done'; "
                                          + "'since' goes with 'status: in_progress' or 'status: blocked', and finished work has 'done_on'"])
        #expect(errors.first?.location?.line == Self.line(of: "shared-vision-3: { status: done", in: done))
    }

    @Test func theJSONSchemaKnowsSinceWhereAStatusIsWritten() throws {
        #expect(PlanShapes.milestone.field("since") != nil)
        #expect(PlanShapes.progressEntry.field("since") != nil)
    }
}
