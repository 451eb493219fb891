import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 8: an owner is a person the plan knows (team, staff or a school's principal),
/// and the framework's steps go to people through `owners.roles`, never to a role's name.
struct OwnerResolutionTests {
    /// A small district: a director, a coach on the staff, a principal.
    static func yaml(goalOwner: String = "Dana Ortiz", milestoneOwner: String = "Kevin Walker", extra: String = "") -> String {
        """
        planwright: 1
        district:
          name: Birch Creek Schools
          vision: Every classroom posts its work in one place.
          team:
            - { name: Dana Ortiz, role: Director of Digital Learning }
            - { name: Kevin Walker, role: Network Manager }
            - { name: Ana Ruiz, role: Grade 4 Teacher }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }], early_release: wednesday }
        assessment:
          date: 2026-05-14
          ratings:
            shared-vision: { current: 2, target: 3 }
        schools:
          - { id: birch, name: Birch Elementary, principal: Maria Chen, grades: K-5 }
        staff:
          - { id: s1, name: Ana Ruiz, school: birch, comfort: 4, champion: yes }
          - { id: s2, name: Yuki Tanaka, school: birch, role: coach, comfort: 5 }
        goals:
          - id: wifi
            title: Every classroom holds a full class on Wi-Fi
            indicators: [infrastructure-support]
            owner: \(goalOwner)
            milestones:
              - id: survey
                title: Wireless site survey
                days: 5
                owner: \(milestoneOwner)
              - { id: walkthrough, title: Principal walkthrough, days: 2, after: [survey], owner: Maria Chen }
              - { id: coach-visit, title: Coach visits each classroom, days: 3, after: [survey], owner: Yuki Tanaka }
        \(extra)
        """
    }

    static func errors(_ yaml: String) -> [Diagnostic] {
        PlanFixture.run(yaml).diagnostics.filter { $0.severity == .error }
    }

    /// The line and column of the first `needle` in `text`, 1-based, as diagnostics give them.
    static func position(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.count { $0 == "\n" } + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
        return (line, column)
    }

    @Test func aTeamStaffOrPrincipalOwnerPasses() {
        #expect(Self.errors(Self.yaml()).isEmpty, "\(Self.errors(Self.yaml()).map(\.message))")
    }

    @Test func aMisspeltOwnerIsAnErrorAtTheNameWithTheNameItMeant() throws {
        let yaml = Self.yaml(milestoneOwner: "Kevin Walkr")
        let errors = Self.errors(yaml)
        #expect(errors.map(\.message) == ["milestone 'survey' is owned by 'Kevin Walkr', who is not on the planning team or the staff; did you mean 'Kevin Walker'?"])
        let at = try Self.position(of: "Kevin Walkr", in: yaml)
        #expect(errors.first?.location?.line == at.line && errors.first?.location?.column == at.column)
    }

    @Test func aGoalLedBySomeoneUnknownSaysHowToFixIt() {
        let errors = Self.errors(Self.yaml(goalOwner: "Superintendent Office"))
        #expect(errors.map(\.message) == [
            "goal 'wifi' is led by 'Superintendent Office', who is not on the planning team or the staff; write the name as the team or staff list writes it, or add them to 'district.team'",
        ])
    }

    @Test func aRoleWrittenAsAnOwnerAsksForThePersonsName() {
        let errors = Self.errors(Self.yaml(milestoneOwner: "edtech leader"))
        #expect(errors.map(\.message) == [
            "milestone 'survey' is owned by 'edtech leader', who is not on the planning team or the staff; 'edtech leader' is a role of the framework: write the name of the person who holds it",
        ])
    }

    @Test func aFrameworkRoleNobodyHoldsIsOneWarningAndNoPlaceholderOwner() throws {
        // Shared vision's steps are planned by the framework; its last is the principal's, and
        // nobody on this team has a principal's title (Maria Chen is on the school, not the team).
        let planned = try #require(PlanFixture.run(Self.yaml()).improvementPlan)
        let steps = planned.milestones.filter { $0.origin == .framework }
        try #require(steps.map(\.id) == ["shared-vision-1", "shared-vision-2", "shared-vision-3"])
        #expect(steps.map(\.owner) == ["Dana Ortiz", "Dana Ortiz", nil])
        let warnings = planned.diagnostics.filter { $0.message.hasPrefix("nobody holds the framework's role") }.map(\.message)
        #expect(warnings == [
            "nobody holds the framework's role 'principal', so its step (shared-vision-3) has no owner: no team member's title contains 'principal'; name who does it under 'owners.roles', such as 'principal: <a name from the team>'",
        ])
    }

    @Test func ownersRolesGivesTheFrameworksRoleToAPerson() throws {
        let unmapped = try #require(PlanFixture.run(Self.yaml()).improvementPlan)
        let roles = Set(unmapped.diagnostics.compactMap { d -> String? in
            guard d.message.hasPrefix("nobody holds the framework's role '") else { return nil }
            return String(d.message.dropFirst("nobody holds the framework's role '".count).prefix { $0 != "'" })
        })
        try #require(!roles.isEmpty, "the framework's shared-vision steps name a role this team lacks")
        let mapping = roles.sorted().map { "    \($0): Yuki Tanaka" }.joined(separator: "\n")
        let mapped = try #require(PlanFixture.run(Self.yaml(extra: "owners:\n  roles:\n\(mapping)")).improvementPlan)
        #expect(!mapped.diagnostics.contains { $0.message.hasPrefix("nobody holds the framework's role") })
        #expect(mapped.milestones.filter { $0.origin == .framework }.allSatisfy { $0.owner != nil })
        #expect(mapped.milestones.contains { $0.origin == .framework && $0.owner == "Yuki Tanaka" })
    }

    @Test func ownersRolesNamesARoleOfTheFrameworkAndAPerson() {
        let errors = Self.errors(Self.yaml(extra: "owners:\n  roles:\n    tech coahc: Yuki Tanaka\n    superintendent: Pat Smith"))
        #expect(errors.map(\.message) == [
            "'owners.roles' names the role 'tech coahc', but the framework 'edtech-systems' has no steps for it; did you mean 'tech coach'?",
            "'owners.roles' gives role 'superintendent' to 'Pat Smith', who is not on the planning team or the staff; write the name as the team or staff list writes it, or add them to 'district.team'",
        ])
    }
}
