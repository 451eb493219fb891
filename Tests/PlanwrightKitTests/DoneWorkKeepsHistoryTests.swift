import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Issue 21, item 1: done work keeps its history. Cedar Bluff's Chromebook training was held on
/// five Fridays in October (`Fixtures/cedar-bluff-history/`); marking the training and the
/// rollout done must keep those sessions valid, in their groups, and paid for.
struct DoneWorkKeepsHistoryTests {
    static let plan = Fixtures.text("cedar-bluff-history/cedar-bluff-history.yaml")

    static func run(_ yaml: String, asOf: String) -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(asOf: SchoolDate(iso: asOf))).run(SourceText(path: "cedar-bluff-history.yaml", bytes: Array(yaml.utf8)))
    }

    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.location?.line ?? 0): \($0.message)" }
    }

    /// The plan as it stands after the rollout: training done on Oct 30, the rollout on Nov 13.
    static let done = plan
        .replacingPresent("        kind: training\n", with: "        kind: training\n        status: done\n        done_on: 2026-10-30\n")
        .replacingPresent("        not_before: 2026-11-02\n        owner: Cody Brandt\n        kind: rollout\n",
                          with: "        not_before: 2026-11-02\n        owner: Cody Brandt\n        kind: rollout\n        status: done\n        done_on: 2026-11-13\n")

    static func participants(_ plan: ImprovementPlan) -> Int? {
        plan.budget.costs.first { Wording.english.item($0.item).hasPrefix("Training participants") }?.units
    }

    @Test func markingTheRolloutDoneKeepsItsHeldSessionsValidAndPaid() throws {
        let open = try #require(Self.run(Self.plan, asOf: "2026-11-20").improvementPlan)
        let result = Self.run(Self.done, asOf: "2026-11-20")
        #expect(Self.errors(result).isEmpty, "\(Self.errors(result))")
        let done = try #require(result.improvementPlan)
        #expect(done.milestones.first { $0.id == "dev-rollout" }?.status == .done)
        // All 15 recorded sessions are still sessions of the plan, on their days.
        let held = done.training.sessions.filter { $0.programme == "dev-rollout" }
        #expect(held.count == 15)
        #expect(held.filter { $0.date == SchoolDate(iso: "2026-10-02") }.count == 4)
        #expect(done.progress.sessions.filter { $0.state == .held }.count == 15)
        // Nothing new is placed for a rollout that is over, and nothing in it is late.
        #expect(done.training.unplaced.allSatisfy { $0.programme != "dev-rollout" })
        #expect(done.progress.sessions.allSatisfy { $0.state == .held })
        // The stipends of October's sessions stay in the budget, as before it was marked done.
        let paid = try #require(Self.participants(done))
        #expect(paid == Self.participants(open))
        // Every member of every Chromebook group, once for each session the group held: 45 staff, 84 places.
        let owed = done.training.groups.filter { $0.programme == "dev-rollout" }.reduce(0) { sum, group in
            sum + group.members.count * held.filter { $0.group == group.id }.count
        }
        #expect(owed == 84)
        let nothingHeld = Self.done.components(separatedBy: "\n").filter { !$0.contains("session: dev-rollout.") }.joined(separator: "\n")
        let unpaid = try #require(Self.run(nothingHeld, asOf: "2026-11-20").improvementPlan)
        // Less the one session missed: Mia Lindgren was absent from the junior high's first (83 stipends).
        #expect(paid - (Self.participants(unpaid) ?? 0) == owed - 1)
    }

    @Test func peopleKeepTheirGroupOnceTheRolloutIsDone() throws {
        let done = try #require(Self.run(Self.done, asOf: "2026-11-20").improvementPlan)
        // Lori Paulsen (high school, comfort 2) met with her group on Oct 2 and Oct 9.
        let group = try #require(done.training.groups.first { $0.programme == "dev-rollout" && $0.members.contains("h-04") })
        #expect(group.id == "dev-rollout.starting-cbhs-1")
        #expect(done.training.sessions.filter { $0.group == group.id }.map(\.date)
                == [SchoolDate(iso: "2026-10-02"), SchoolDate(iso: "2026-10-09")])
    }

    /// Four groups met on Fri, Oct 2: the training began then, and is not "late to start".
    @Test func heldSessionsMeanTheTrainingHasStarted() throws {
        let plan = try #require(Self.run(Self.plan, asOf: "2026-10-02").improvementPlan)
        let training = try #require(plan.progress.milestones.first { $0.id == "dev-training" })
        #expect(training.state == .onTrack)
        #expect(training.slip == 0)
        #expect(training.reason == .onTrack(inProgress: true, later: nil), "\(training.reason)")
        // A month on, with every session held, the training is not "not started".
        let later = try #require(Self.run(Self.plan, asOf: "2026-10-30").improvementPlan)
        let reason = try #require(later.progress.milestones.first { $0.id == "dev-training" }).words(in: later)
        #expect(!reason.contains("not started"), "\(reason)")
    }

    /// A programme with nothing held still ends when its rollout is done: no sessions, no groups.
    @Test func aDoneRolloutWithNothingHeldStillTrainsNobody() throws {
        let nothingHeld = Self.done.components(separatedBy: "\n").filter { !$0.contains("session: dev-rollout.") }.joined(separator: "\n")
        let plan = try #require(Self.run(nothingHeld, asOf: "2026-11-20").improvementPlan)
        #expect(plan.training.groups.allSatisfy { $0.programme != "dev-rollout" })
    }
}
