import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `blocked_because`: why blocked work waits, from the plan file to every place that lists it.
struct BlockedReasonTests {
    static let reason = "waiting for purchasing approval"
    static let blocked = ", status: blocked, blocked_because: \(reason)"

    func planned(_ goals: String, extra: String = "") throws -> ImprovementPlan {
        let result = PlanFixture.run(PlanFixture.yaml(goals: goals, extra: extra), asOf: "2026-08-25")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    @Test func aPlanMilestoneCarriesItsReasonToTheScheduleAndStatus() throws {
        let plan = try planned(ProgressTests.chain(b: Self.blocked))
        #expect(plan.milestone("b")?.blockedBecause == Self.reason)
        #expect(plan.milestone("a")?.blockedBecause == nil)
        let b = try #require(plan.progress.milestones.first { $0.id == "b" })
        #expect(b.reason == .markedBlocked(because: Self.reason))
        #expect(b.words(in: plan) == "Marked blocked: \(Self.reason). It was to end on Fri, Sep 11; move its dates if it cannot wait.")
        #expect(ProgressTextReport.render(plan).contains("  b: B\n      Marked blocked: \(Self.reason). It was to end on Fri, Sep 11;"))
    }

    @Test func aProgressEntryCarriesItsReasonToTheGeneratedMilestone() throws {
        let plan = try planned(ProgressTests.chain(), extra: "progress: { cycle-1-review: { status: blocked, blocked_because: \(Self.reason) } }")
        #expect(plan.milestone("cycle-1-review")?.blockedBecause == Self.reason)
        #expect(plan.progress.milestones.first { $0.id == "cycle-1-review" }?.reason == .markedBlocked(because: Self.reason))
    }

    @Test func withoutAReasonTheStatusReportAsksForOne() throws {
        let plan = try planned(ProgressTests.chain(b: ", status: blocked"))
        let b = try #require(plan.progress.milestones.first { $0.id == "b" })
        #expect(b.reason == .markedBlocked(because: nil))
        #expect(b.words(in: plan) == "Marked blocked; it was to end on Fri, Sep 11. Say what unblocks it, or move its dates.")
    }

    @Test func lateBlockedWorkSaysWhyInItsLateness() throws {
        let result = PlanFixture.run(PlanFixture.yaml(goals: ProgressTests.chain(a: Self.blocked)), asOf: "2026-09-08")
        let plan = try #require(result.improvementPlan)
        let a = try #require(plan.progress.milestones.first { $0.id == "a" })
        #expect(a.reason == .late(schoolDaysBehind: 2, status: .blocked, blockedBecause: Self.reason), "\(a.reason)")
        #expect(a.words(in: plan).contains("late (blocked: \(Self.reason));"))
    }

    @Test func aReasonOnWorkThatIsNotBlockedIsAnErrorAtTheReason() {
        let yaml = PlanFixture.yaml(goals: ProgressTests.chain(), extra: "progress: { cycle-1-review: { status: done, blocked_because: no one knows } }")
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("progress:") }! + 1
        let errors = PlanFixture.run(yaml).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["milestone 'cycle-1-review' says why it is blocked ('blocked_because'), but its status is 'done'; "
                                          + "set 'status: blocked' or remove 'blocked_because'"])
        #expect(errors.first?.location?.line == line && errors.first?.location?.column == 62)
    }

    @Test func aReasonWithoutAnyStatusIsAnErrorToo() {
        let result = PlanFixture.run(PlanFixture.yaml(goals: ProgressTests.chain(a: ", blocked_because: no one knows")))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("but its status is 'planned'; set 'status: blocked'") })
    }

    @Test func anInvalidStatusIsReportedOnce() {
        let result = PlanFixture.run(PlanFixture.yaml(goals: ProgressTests.chain(a: ", status: stuck, blocked_because: no one knows")))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && !errors[0].message.contains("blocked_because"), "\(errors.map(\.message))")
    }

    @Test func theSchoolHandoutsSayWhy() throws {
        let plan = try planned(ProgressTests.chain(b: Self.blocked))
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let markdown = try #require(files["schools/north.md"])
        #expect(markdown.contains(": B **at risk**, blocked: \(Self.reason)\n"))
        let html = try #require(files["schools/north.html"])
        #expect(html.contains("<span class=\"muted\">blocked: \(Self.reason)</span>"))
    }

    @Test func aMilestoneThatBecameBlockedSaysWhyInTheDiff() throws {
        let old = try PlanDiffer.Side(planned: planned(ProgressTests.chain()), file: "old.yaml")
        let new = try PlanDiffer.Side(planned: planned(ProgressTests.chain(b: Self.blocked)), file: "new.yaml")
        let diff = PlanDiffer().diff(old, new)
        let changes = diff.milestones.changed.first { $0.id == "b" }?.changes ?? diff.milestones.moved.first { $0.id == "b" }?.changes
        #expect(changes?.contains(FieldChange(field: .blockedBecause, old: nil, new: Self.reason)) == true)
        #expect(PlanDiffMarkdown.render(diff).contains("now blocked because \(Self.reason)"))
    }

    @Test func unblockedWorkDoesNotAlsoLoseItsReasonInTheDiff() throws {
        let old = try PlanDiffer.Side(planned: planned(ProgressTests.chain(b: Self.blocked)), file: "old.yaml")
        let new = try PlanDiffer.Side(planned: planned(ProgressTests.chain(b: ", status: in_progress")), file: "new.yaml")
        let diff = PlanDiffer().diff(old, new)
        let all = (diff.milestones.changed.flatMap(\.changes) + diff.milestones.moved.flatMap(\.changes))
        #expect(all.contains { $0.field == .status } && !all.contains { $0.field == .blockedBecause })
    }
}
