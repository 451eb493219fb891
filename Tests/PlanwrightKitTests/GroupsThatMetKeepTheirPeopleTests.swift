import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 4 (and issue 21, item 1): whoever attended a held session keeps that group,
/// whatever the staff list does later. Cedar Bluff records its Chromebook training (held from
/// Oct 2 to Oct 30) and who was in each group; then, as a district lives it, five teachers are
/// hired at the elementary school (written without `joined:`) and Paula Yellowhorse leaves.
struct GroupsThatMetKeepTheirPeopleTests {
    static let plan = DoneWorkKeepsHistoryTests.plan

    /// The groups as they met in October, as `planwright plan` listed them then.
    static let recorded = """
          groups:
            - { group: dev-rollout.starting-cbe-1, members: [e-01, e-02, e-04, e-06, e-10, e-12, e-14] }
            - { group: dev-rollout.starting-cbe-2, members: [e-15, e-17, e-19, e-20, e-21, e-23] }
            - { group: dev-rollout.starting-cbhs-1, members: [h-04, h-06, h-08, h-09, h-11, h-13] }
            - { group: dev-rollout.starting-cbjh-1, members: [j-03, j-04, j-06, j-08] }
            - { group: dev-rollout.fluent-cbe-1, members: [e-03, e-05, e-08, e-11, e-13, e-16, e-18, e-22] }
            - { group: dev-rollout.fluent-cbhs-1, members: [h-02, h-03, h-05, h-10, h-12] }
            - { group: dev-rollout.fluent-cbjh-1, members: [j-02, j-05, j-07] }
            - { group: dev-rollout.leading-pooled-1, members: [e-07, e-09, e-24, j-01, h-01, h-07] }

        """

    static let hires = """
          - { id: e-25, name: Noah Birdsall, school: cbe, subjects: [ela, math], grades: [3], comfort: 1 }
          - { id: e-26, name: Ella Swanson, school: cbe, subjects: [ela, math], grades: [4], comfort: 2 }
          - { id: e-27, name: Omar Haddad, school: cbe, subjects: [science], grades: K-6, comfort: 2 }
          - { id: e-28, name: Grace Whitford, school: cbe, subjects: [ela], grades: [5], comfort: 3 }
          - { id: e-29, name: Leo Marchetti, school: cbe, role: aide, subjects: [special-education], grades: K-6, comfort: 1 }

        """

    /// The year recorded: sessions held and the groups' members.
    static let recordedYear = plan.replacingPresent("  costs: { participant: 35", with: recorded + "  costs: { participant: 35")

    /// Then five hires at the elementary school, without `joined:`, and one teacher leaves.
    static func staffChanged(_ yaml: String) -> String {
        yaml.replacingPresent("  - { id: e-24,", with: hires + "  - { id: e-24,")
            .replacingPresent("  - { id: e-04, name: Paula Yellowhorse, school: cbe, subjects: [ela, math], grades: [1], comfort: 2 }\n", with: "")
    }

    static func groups(_ plan: ImprovementPlan) -> [String: [String]] {
        Dictionary(plan.training.groups.filter { $0.programme == "dev-rollout" }.map { ($0.id, $0.members) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func whoeverAttendedKeepsTheirGroupWhenHiresArriveAndATeacherLeaves() throws {
        let before = try #require(DoneWorkKeepsHistoryTests.run(Self.recordedYear, asOf: "2026-11-20").improvementPlan)
        let result = DoneWorkKeepsHistoryTests.run(Self.staffChanged(Self.recordedYear), asOf: "2026-11-20")
        #expect(DoneWorkKeepsHistoryTests.errors(result).isEmpty, "\(DoneWorkKeepsHistoryTests.errors(result))")
        let after = try #require(result.improvementPlan)
        let (was, now) = (Self.groups(before), Self.groups(after))
        // Every group that met is still there with its people, but for the one who left: a hire
        // may join one with room, and nobody else moves in or out.
        let hires = ["e-25", "e-26", "e-27", "e-28", "e-29"]
        for (id, members) in was {
            let stayed = members.filter { $0 != "e-04" }
            #expect(now[id]?.filter { !hires.contains($0) } == stayed, "\(id): \(members) became \(now[id] ?? [])")
        }
        #expect(!now.values.contains { $0.contains("e-04") })
        // Every session recorded as held is still a session of the plan, on its day.
        #expect(after.progress.sessions.filter { $0.state == .held }.count == 15)
        // The hires are trained too: in groups of their own, or one alone in a group with room.
        for hire in hires { #expect(now.values.contains { $0.contains(hire) }, "\(hire) has no group") }
        let newGroups = now.keys.filter { was[$0] == nil }
        #expect(!newGroups.isEmpty)
        #expect(newGroups.allSatisfy { id in now[id]!.allSatisfy(hires.contains) })
        // Grace Whitford, the only hire at comfort 3, joins the fluency group that has room.
        #expect(now["dev-rollout.fluent-cbe-1"]?.contains("e-28") == true)
    }

    /// A rollout marked done keeps the groups that met, and trains no one new in it.
    @Test func theGroupsThatMetStayWhenTheRolloutIsDoneAndStaffChange() throws {
        let done = Self.staffChanged(DoneWorkKeepsHistoryTests.done).replacingPresent("  costs: { participant: 35", with: Self.recorded + "  costs: { participant: 35")
        let result = DoneWorkKeepsHistoryTests.run(done, asOf: "2026-11-20")
        #expect(DoneWorkKeepsHistoryTests.errors(result).isEmpty, "\(DoneWorkKeepsHistoryTests.errors(result))")
        let plan = try #require(result.improvementPlan)
        let groups = Self.groups(plan)
        #expect(groups["dev-rollout.starting-cbe-2"] == ["e-15", "e-17", "e-19", "e-20", "e-21", "e-23"])
        #expect(groups["dev-rollout.starting-cbe-1"] == ["e-01", "e-02", "e-06", "e-10", "e-12", "e-14"])
        #expect(groups.count == 8)
        #expect(plan.progress.sessions.filter { $0.state == .held }.count == 15)
    }

    /// `status` writes the lines to paste for the groups that met and are not recorded yet, and
    /// says nothing once they are.
    @Test func statusWritesDownTheGroupsToRecord() throws {
        let unrecorded = try #require(DoneWorkKeepsHistoryTests.run(Self.plan, asOf: "2026-11-20").improvementPlan)
        let text = ProgressTextReport.render(unrecorded)
        #expect(text.contains("under training: groups"))
        #expect(text.contains(Self.recorded.trimmingCharacters(in: .newlines)), "\(text)")
        let recorded = try #require(DoneWorkKeepsHistoryTests.run(Self.recordedYear, asOf: "2026-11-20").improvementPlan)
        #expect(!ProgressTextReport.render(recorded).contains("under training: groups"))
    }

    /// A group id with a typo would silently regroup its people: it is an error at its line.
    @Test func aRecordedGroupThePlanDoesNotHaveIsAnErrorAtItsLine() throws {
        let typo = Self.recordedYear.replacingPresent("{ group: dev-rollout.fluent-cbjh-1,", with: "{ group: dev-rollout.fluency-cbjh-1,")
        let result = DoneWorkKeepsHistoryTests.run(typo, asOf: "2026-11-20")
        let error = try #require(result.diagnostics.first { $0.severity == .error && $0.message.contains("dev-rollout.fluency-cbjh-1") })
        #expect(error.message.contains("did you mean 'dev-rollout.fluent-cbjh-1'"), "\(error.message)")
        let line = typo.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("dev-rollout.fluency-cbjh-1") }.map { $0 + 1 }
        #expect(error.location?.line == line)
    }
}
