import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// What the framework file tells the checks and the owner matching: `concerns` and `roles`.
struct FrameworkCheckKeysTests {
    func builtIn() throws -> Framework {
        try #require(PlanFixture.run(PlanFixture.yaml(goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"))).plan).framework
    }

    @Test func theBuiltInFrameworkMarksItsInfrastructureAndSupportIndicators() throws {
        let marked = try builtIn().indicators.filter { !$0.concerns.isEmpty }.map(\.id)
        #expect(marked == ["equity-of-access", "infrastructure-support"])
    }

    @Test func theBuiltInFrameworkNamesTheTitleWordsOfEachOwnerRole() throws {
        let framework = try builtIn()
        #expect(framework.roles == [
            "edtech leader": ["digital learning", "edtech", "educational technology", "instructional technology", "technology integration"],
            "it director": ["information technology", "it director", "technology director", "chief technology", "network"],
            "curriculum lead": ["curriculum", "instruction"],
            "principal": ["principal"],
            "superintendent": ["superintendent"],
            "tech coach": ["coach"],
            "teacher leader": ["teacher"],
            "data lead": ["data", "assessment", "accountability"],
        ])
        let usedRoles = Set(framework.indicators.flatMap(\.steps).compactMap(\.owner))
        #expect(usedRoles == Set(framework.roles.keys))
    }

    @Test func ownersAreFoundByTheFrameworksTitleWordsInOrder() {
        let here = SourceLocation(file: "t", line: 1, column: 1)
        let team = [TeamMember(name: "Cy Park", role: "Network Manager", location: here),
                    TeamMember(name: "Bo Diaz", role: "Director of Information Technology", location: here)]
        let words = ["it director": ["information technology", "network"]]
        #expect(RoleMatcher.member(for: "IT Director", in: team, titleWords: words)?.name == "Bo Diaz")
        #expect(RoleMatcher.member(for: "network manager", in: team, titleWords: words)?.name == "Cy Park")
        #expect(RoleMatcher.member(for: "it director", in: team, titleWords: [:]) == nil)
    }
}
