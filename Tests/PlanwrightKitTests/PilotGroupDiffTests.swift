import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// `diff` tells leaders how a pilot group changed: who joined it and who left, by school, since
/// a pilot should hear from every school its rollout reaches. Cedar Bluff's platform pilot lists
/// Lisa Ferreira (elementary) and Cal Bearpaw (high school).
struct PilotGroupDiffTests {
    static func diff(_ old: String, _ new: String) throws -> PlanDiff {
        PlanDiffer().diff(.init(planned: try SmallDistrictTrainingTests.planned(old), file: "old.yaml"),
                          .init(planned: try SmallDistrictTrainingTests.planned(new), file: "new.yaml"))
    }

    @Test func aListedMemberSwappedIsToldUnderEachSchool() throws {
        let swapped = PilotGroupTests.plan.replacingPresent("participants: [e-09, h-07]", with: "participants: [e-09, j-01]")
        let diff = try Self.diff(PilotGroupTests.plan, swapped)
        let change = try #require(diff.pilots?.first)
        #expect(diff.pilots?.count == 1)
        #expect(change.pilot == "platform-pilot" && change.oldSize == 2 && change.newSize == 2 && change.source == .listed)
        #expect(change.schools == [
            PilotSchoolChange(school: "cbjh", name: "Cedar Bluff Junior High", joined: [PersonName(id: "j-01", name: "Derek Moen")], left: []),
            PilotSchoolChange(school: "cbhs", name: "Cedar Bluff High School", joined: [], left: [PersonName(id: "h-07", name: "Cal Bearpaw")]),
        ])
        let markdown = PlanDiffMarkdown.render(diff)
        #expect(markdown.contains("\n### Pilot groups\n\n- `platform-pilot` "))
        #expect(markdown.contains(": 2 people (was 2 people)\n  - Cedar Bluff Junior High: Derek Moen joined\n  - Cedar Bluff High School: Cal Bearpaw left\n"))
        #expect(PlanDiffMarkdown.summary(diff).contains("1 pilot group changed"))
    }

    @Test func aProposedGroupAskedToGrowNamesWhoIsAdded() throws {
        let diff = try Self.diff(PilotGroupTests.asking(6), PilotGroupTests.asking(7))
        let change = try #require(diff.pilots?.first)
        #expect(change.oldSize == 6 && change.newSize == 7 && change.source == .proposed)
        #expect(change.schools.flatMap(\.joined).count == 1 && change.schools.flatMap(\.left).isEmpty)
        #expect(PlanDiffMarkdown.render(diff).contains(": 7 people (was 6 people)\n  - "))
    }

    @Test func aPilotThatLosesItsGroupSaysSo() throws {
        let listedNone = PilotGroupTests.plan.replacingPresent("        participants: [e-09, h-07]\n", with: "")
        let diff = try Self.diff(PilotGroupTests.plan, listedNone)
        let change = try #require(diff.pilots?.first)
        #expect(change.oldSize == 2 && change.newSize == nil)
        #expect(PlanDiffMarkdown.render(diff).contains(": no group now (was 2 people)\n  - Cedar Bluff Elementary: Lisa Ferreira left\n"))
    }

    @Test func anUnchangedGroupIsNotInTheDiffOrItsJSON() throws {
        let diff = try Self.diff(PilotGroupTests.plan, PilotGroupTests.plan)
        #expect(diff.pilots == nil && diff.isEmpty)
        #expect(try !diff.json().contains("\"pilots\""))
    }
}
