import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Issue 21, item 8: Cedar Bluff's technology coordinator holds what the framework calls the
/// "edtech leader", but no word of the framework's `roles:` is in his title, so its shared-vision
/// steps had no owner. The plan maps the role to him under `owners.roles`, however the role is
/// spelt (`edtech leader`, `edtech-leader`, `edtech_leader`), checked against the team and staff.
struct RolesMappedInThePlanTests {
    static let plan = BudgetTablesAddUpTests.cedarBluff

    static func with(_ owners: String) -> String { plan + "\nowners:\n  roles:\n" + owners }

    static func steps(_ result: PlanPipeline.Result) throws -> [(id: String, owner: String?)] {
        try #require(result.improvementPlan, "\(SmallDistrictWordsTests.diagnostics(result))").milestones
            .filter { $0.origin == .framework }.map { ($0.id, $0.owner) }
    }

    @Test func aRoleNobodysTitleHoldsIsOneWarningSayingHowToMapIt() throws {
        let result = SmallDistrictWordsTests.run(Self.plan)
        let steps = try Self.steps(result)
        #expect(steps.map(\.id) == ["shared-vision-1", "shared-vision-2", "shared-vision-3"])
        // The principal's step goes to "Superintendent and K-12 Principal" by her title.
        #expect(steps.map(\.owner) == [nil, nil, "Ruth Halvorsen"])
        #expect(result.diagnostics.filter { $0.message.hasPrefix("nobody holds") }.map(\.message) == [
            "nobody holds the framework's role 'edtech leader', so its 2 steps (shared-vision-1, shared-vision-2) have no owner: no team member's title contains any of 'digital learning', 'edtech', 'educational technology', 'instructional technology', 'technology integration'; name who does them under 'owners.roles', such as 'edtech leader: <a name from the team>'",
        ])
    }

    @Test func thePlanMapsRolesToItsPeopleHoweverTheRoleIsSpelt() throws {
        for spelling in ["edtech leader", "edtech-leader", "Edtech_Leader"] {
            let result = SmallDistrictWordsTests.run(Self.with("    \(spelling): Cody Brandt\n    tech-coach: Lisa Ferreira\n"))
            #expect(!result.hasErrors, "\(spelling): \(SmallDistrictWordsTests.diagnostics(result))")
            #expect(try Self.steps(result).map(\.owner) == ["Cody Brandt", "Cody Brandt", "Ruth Halvorsen"], "\(spelling)")
            #expect(!result.diagnostics.contains { $0.message.hasPrefix("nobody holds") }, "\(spelling)")
        }
    }

    @Test func thePlansMappingWinsOverTitleMatching() throws {
        // Ruth Halvorsen's title holds "principal"; the plan gives the principal's step to Cody Brandt.
        let result = SmallDistrictWordsTests.run(Self.with("    edtech-leader: Cody Brandt\n    principal: Cody Brandt\n"))
        #expect(try Self.steps(result).map(\.owner) == ["Cody Brandt", "Cody Brandt", "Cody Brandt"])
    }

    @Test func aMistypedRoleOrNameIsAnErrorAtItsLine() throws {
        let yaml = Self.with("    edtech-leeder: Cody Brandt\n    tech-coach: Lisa Fereira\n    edtech leader: Cody Brandt\n    Edtech_Leader: Lisa Ferreira\n")
        let line = SmallDistrictWordsTests.line(of: "edtech-leeder: Cody Brandt", in: yaml)
        #expect(SmallDistrictWordsTests.diagnostics(SmallDistrictWordsTests.run(yaml)).filter { $0.contains(" error: ") } == [
            "\(line):5 error: 'owners.roles' names the role 'edtech-leeder', but the framework 'edtech-systems' has no steps for it; did you mean 'edtech leader'?",
            "\(line + 1):17 error: 'owners.roles' gives role 'tech-coach' to 'Lisa Fereira', who is not on the planning team or the staff; did you mean 'Lisa Ferreira'?",
            "\(line + 3):5 error: 'owners.roles' gives the role 'edtech leader' twice: as 'edtech leader' on line \(line + 2) and as 'Edtech_Leader' here; keep one",
        ])
    }
}
