import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Stipends for held sessions follow who attended, not who is on the staff now (a follow-up of
/// issue 21, item 1). Cedar Bluff's Chromebook training (`Fixtures/cedar-bluff-history/`) was held
/// on five Fridays in October, $35 a participant a session; its groups are recorded as they met.
/// Mia Lindgren (j-06) missed the junior high's first session; then people leave.
struct HeldSessionStipendsTests {
    static let recorded = GroupsThatMetKeepTheirPeopleTests.recordedYear

    static func run(_ yaml: String, asOf: String = "2026-11-20") -> PlanPipeline.Result { DoneWorkKeepsHistoryTests.run(yaml, asOf: asOf) }

    /// The staff entry of `id`, removed: they left.
    static func leaves(_ ids: [String], _ yaml: String) -> String {
        ids.reduce(yaml) { text, id in
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.hasPrefix("  - { id: \(id),") }.map { $0 + "\n" } ?? "(no staff entry \(id))"
            return text.replacingPresent(line, with: "")
        }
    }

    /// The participants' stipends paid at a school in FY2027: how many, and how much.
    static func participants(_ plan: ImprovementPlan, at school: String) -> (count: Int, amount: Money) {
        let lines = plan.budget.lines.filter { Wording.english.item(plan.budget.costs[$0.cost].item).hasPrefix("Training participants") && $0.school == school }
        return (lines.reduce(0) { $0 + ($1.units ?? 0) }, lines.reduce(Money.zero) { $0 + $1.amount })
    }

    static func planned(_ yaml: String, asOf: String = "2026-11-20") throws -> ImprovementPlan {
        let result = run(yaml, asOf: asOf)
        #expect(DoneWorkKeepsHistoryTests.errors(result).isEmpty, "\(DoneWorkKeepsHistoryTests.errors(result))")
        return try #require(result.improvementPlan)
    }

    /// The junior high's stipends are all for October's sessions (the math training is at the
    /// elementary school): getting started 4 people × 2 sessions, fluency 3 × 2, and Derek Moen in
    /// the pooled leading session, 15, less Mia Lindgren's missed first session: 14 × $35 = $490.
    @Test func aMemberWhoWasAbsentIsNotPaidForTheSessionTheyMissed() throws {
        let plan = try Self.planned(Self.recorded)
        let paid = Self.participants(plan, at: "cbjh")
        #expect(paid.count == 14)
        #expect(paid.amount == Money(dollars: 490))
        let first = try #require(plan.training.sessions.first { $0.id == "dev-rollout.starting-cbjh-1/1" })
        #expect(first.attended == ["j-03", "j-04", "j-08"])
        let second = try #require(plan.training.sessions.first { $0.id == "dev-rollout.starting-cbjh-1/2" })
        #expect(second.attended == ["j-03", "j-04", "j-06", "j-08"])
    }

    /// Paula Yellowhorse attended both of her group's sessions in October, then left in November:
    /// the $70 paid for her stays in the elementary school's budget.
    @Test func aMemberWhoLeftIsStillPaidForTheSessionsTheyAttended() throws {
        let before = try Self.planned(Self.recorded)
        let after = try Self.planned(Self.leaves(["e-04"], Self.recorded))
        #expect(Self.participants(after, at: "cbe") == Self.participants(before, at: "cbe"))
        let group = try #require(after.training.groups.first { $0.id == "dev-rollout.starting-cbe-1" })
        #expect(!group.members.contains("e-04"))
        #expect(group.formerMembers == ["e-04"])
        for session in after.training.sessions where session.group == group.id {
            #expect(session.attended?.contains("e-04") == true, "\(session.id)")
        }
        // The whole budget's stipends: $4,195 both before and after she left (hand count in the test above and below).
        #expect(after.budget.costs.first { Wording.english.item($0.item).hasPrefix("Training participants") }?.units
                == before.budget.costs.first { Wording.english.item($0.item).hasPrefix("Training participants") }?.units)
    }

    /// Paula Yellowhorse missed her group's second session, on Oct 9, and left later: the absence
    /// stays recorded (her group's record names her), and she is paid for the first session only.
    @Test func aMemberWhoMissedASessionAndThenLeftIsPaidForTheOneAttended() throws {
        let missed = Self.recorded.replacingPresent("{ session: dev-rollout.starting-cbe-1/2, on: 2026-10-09 }",
                                                     with: "{ session: dev-rollout.starting-cbe-1/2, on: 2026-10-09, absent: [e-04] }")
        let stayed = try Self.planned(missed)
        let left = try Self.planned(Self.leaves(["e-04"], missed))
        #expect(Self.participants(left, at: "cbe") == Self.participants(stayed, at: "cbe"))
        #expect(Self.participants(left, at: "cbe").count == Self.participants(try Self.planned(Self.recorded), at: "cbe").count - 1)
        let sessions = left.training.sessions.filter { $0.group == "dev-rollout.starting-cbe-1" }
        #expect(sessions.map { $0.attended?.contains("e-04") } == [true, false])
        // Who still works there and missed it needs a make-up; someone who left does not.
        #expect(left.progress.sessions.allSatisfy { !$0.absent.contains("e-04") })
        // An id in no group's record is still an error at it.
        let stranger = Self.recorded.replacingPresent("{ session: dev-rollout.starting-cbe-1/2, on: 2026-10-09 }",
                                                       with: "{ session: dev-rollout.starting-cbe-1/2, on: 2026-10-09, absent: [e-40] }")
        #expect(DoneWorkKeepsHistoryTests.errors(Self.run(stranger)).contains { $0.contains("'absent' names 'e-40', but there is no such staff member") })
    }

    /// As of Mon, Oct 19 the elementary fluency group (8 people) has met once, on Oct 16; its
    /// second session is on Oct 23. Jessie Crow leaves in between: she is paid for the first
    /// ($35) and not for the second, which is for the 7 who are still there.
    @Test func aSessionStillToComePaysOnlyTheMembersThere() throws {
        let before = try Self.planned(Self.recorded, asOf: "2026-10-19")
        let after = try Self.planned(Self.leaves(["e-03"], Self.recorded), asOf: "2026-10-19")
        let first = try #require(after.training.sessions.first { $0.id == "dev-rollout.fluent-cbe-1/1" })
        #expect(first.attended?.count == 8)
        #expect(first.attended?.contains("e-03") == true)
        let second = try #require(after.training.sessions.first { $0.id == "dev-rollout.fluent-cbe-1/2" })
        #expect(second.attended == nil)
        let was = Self.participants(before, at: "cbe"), now = Self.participants(after, at: "cbe")
        #expect(now.count == was.count - 1)
        #expect(now.amount == was.amount - Money(dollars: 35))
    }

    /// The junior high's fluency group (Sara Iron Cloud, Ray Bauer, Gus Harlan) met on Oct 16 and
    /// Oct 23; then all three leave. The group stays as the record: both sessions held, valid,
    /// and paid (6 × $35 = $210 of the junior high's $490), and nothing more is placed for it.
    @Test func aGroupWhoseMembersHaveAllLeftKeepsItsHeldSessions() throws {
        let left = Self.leaves(["j-02", "j-05", "j-07"], Self.recorded)
        let plan = try Self.planned(left)
        let group = try #require(plan.training.groups.first { $0.id == "dev-rollout.fluent-cbjh-1" })
        #expect(group.members.isEmpty)
        #expect(group.formerMembers == ["j-02", "j-05", "j-07"])
        #expect(group.school == "cbjh")
        #expect(plan.training.sessions.filter { $0.group == group.id }.map(\.date) == [SchoolDate(iso: "2026-10-16"), SchoolDate(iso: "2026-10-23")])
        #expect(plan.progress.sessions.filter { $0.state == .held }.count == 15)
        let paid = Self.participants(plan, at: "cbjh")
        #expect(paid.count == 14)
        #expect(paid.amount == Money(dollars: 490))
        // `planwright plan` says why a group of nobody is listed.
        #expect(PeopleTextReport.render(plan).contains("  dev-rollout.fluent-cbjh-1 · Cedar Bluff Junior High · 0 staff · 3 who met with it are no longer in it · facilitator Derek Moen\n"))

        // As of Oct 19, after its first session: it keeps that one and places, or owes, nothing more.
        let midway = try Self.planned(left, asOf: "2026-10-19")
        #expect(midway.training.sessions.filter { $0.group == group.id }.map(\.number) == [1])
        #expect(!midway.training.unplaced.contains { $0.group == group.id })
        #expect(!midway.progress.sessions.contains { $0.group == group.id && $0.state == .late })
    }
}
