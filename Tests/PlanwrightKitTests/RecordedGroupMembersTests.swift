import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// What `training: groups:` may get wrong, told at the entry to fix (a follow-up of issue 20,
/// item 4): a person recorded in two groups of one programme, and an id that is a typo of a
/// colleague's rather than someone who left. Cedar Bluff's October groups, as recorded.
struct RecordedGroupMembersTests {
    static let recorded = GroupsThatMetKeepTheirPeopleTests.recordedYear

    static func warnings(_ yaml: String, about text: String) -> [Diagnostic] {
        DoneWorkKeepsHistoryTests.run(yaml, asOf: "2026-11-20").diagnostics.filter { $0.severity == .warning && $0.message.contains(text) }
    }

    /// The line and column of `needle` in `yaml`, 1-based, where a diagnostic about it points.
    static func position(of needle: String, in yaml: String) -> (line: Int, column: Int)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
        }
        return nil
    }

    /// Karen Sato met with the first elementary group; her id was pasted into the second's list
    /// too. She stays in the first, and the second entry is warned, naming the first and its line.
    @Test func aPersonRecordedInTwoGroupsIsWarnedAtTheSecond() throws {
        let twice = Self.recorded.replacingPresent("{ group: dev-rollout.starting-cbe-2, members: [e-15, e-17,",
                                                   with: "{ group: dev-rollout.starting-cbe-2, members: [e-15, e-06, e-17,")
        let warning = try #require(Self.warnings(twice, about: "e-06").first)
        #expect(warning.message.hasPrefix("Karen Sato ('e-06') is recorded in training group 'dev-rollout.starting-cbe-2' and already in 'dev-rollout.starting-cbe-1' (line "),
                "\(warning.message)")
        let first = try #require(Self.position(of: "dev-rollout.starting-cbe-1, members: [e-01, e-02, e-04, e-06", in: twice))
        #expect(warning.message.contains("(line \(first.line))"))
        let second = try #require(Self.position(of: "e-06, e-17", in: twice))
        #expect(warning.location?.line == second.line)
        #expect(warning.location?.column == second.column)
        let plan = try #require(DoneWorkKeepsHistoryTests.run(twice, asOf: "2026-11-20").improvementPlan)
        #expect(plan.training.groups.filter { $0.members.contains("e-06") }.map(\.id) == ["dev-rollout.starting-cbe-1"])
        #expect(Self.warnings(Self.recorded, about: "is recorded in training group").isEmpty)
    }

    /// Val Petersen's 'e-23' typed as 'e-32': she is in no recorded group, so the id is a typo of
    /// hers more likely than a leaver's, and the warning says so at the id.
    @Test func anIdCloseToSomeoneInNoRecordedGroupIsAskedAbout() throws {
        let typo = Self.recorded.replacingPresent("members: [e-15, e-17, e-19, e-20, e-21, e-23] }", with: "members: [e-15, e-17, e-19, e-20, e-21, e-32] }")
        let warning = try #require(Self.warnings(typo, about: "'e-32'").first)
        #expect(warning.message.contains("training group 'dev-rollout.starting-cbe-2' records 'e-32', who is not on the staff, and Val Petersen ('e-23') is in no group that met; did you mean 'e-23'?"),
                "\(warning.message)")
        let at = try #require(Self.position(of: "e-32", in: typo))
        #expect(warning.location?.line == at.line)
        #expect(warning.location?.column == at.column)
    }

    /// Someone who left is silent: Paula Yellowhorse ('e-04', close to every 'e-0…' id), a whole
    /// group of three, and Paula again beside five hires who say when they joined.
    @Test func someoneWhoLeftIsNotAskedAbout() throws {
        let paulaLeft = HeldSessionStipendsTests.leaves(["e-04"], Self.recorded)
        #expect(Self.warnings(paulaLeft, about: "training group").isEmpty)
        let groupLeft = HeldSessionStipendsTests.leaves(["j-02", "j-05", "j-07"], Self.recorded)
        #expect(Self.warnings(groupLeft, about: "not on the staff").isEmpty)
        let joined = GroupsThatMetKeepTheirPeopleTests.hires.replacingOccurrences(of: " }\n", with: ", joined: 2026-11-02 }\n")
        let hired = paulaLeft.replacingPresent("  - { id: e-24,", with: joined + "  - { id: e-24,")
        #expect(Self.warnings(hired, about: "not on the staff").isEmpty)
        // Hired without 'joined', they count as there all along: 'e-04' may then be Noah Birdsall's typo.
        let unsaid = paulaLeft.replacingPresent("  - { id: e-24,", with: GroupsThatMetKeepTheirPeopleTests.hires + "  - { id: e-24,")
        let asked = try #require(Self.warnings(unsaid, about: "not on the staff").first)
        #expect(asked.message.hasSuffix("did you mean 'e-25'? If 'e-04' has left and Noah Birdsall came after the group met, write Noah Birdsall's 'joined' date"),
                "\(asked.message)")
    }
}
