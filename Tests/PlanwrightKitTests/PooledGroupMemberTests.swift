import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// A pooled training group lists each member with their school; a one-school group does not
/// repeat the school on every name.
struct PooledGroupMemberTests {
    static func groups() throws -> (plan: ImprovementPlan, pooled: TrainingGroup, single: TrainingGroup) {
        let plan = try GoldenOutputTests.examplePlan()
        let pooled = try #require(plan.training.groups.first { $0.schools.count > 1 })
        let single = try #require(plan.training.groups.first { $0.schools.count == 1 })
        return (plan, pooled, single)
    }

    @Test func pooledMembersNameTheirSchoolAndOthersDoNot() throws {
        let (plan, pooled, single) = try Self.groups()
        let people = PlannedPeople(plan)
        let named = people.members(of: pooled)
        #expect(named.count == pooled.members.count)
        for (id, label) in zip(pooled.members, named) {
            let school = try #require(people.person(id).flatMap { people.school($0.school) })
            #expect(label == "\(people.name(id)) (\(school.name))")
        }
        #expect(people.members(of: single) == single.members.map(people.name))
    }

    @Test func thePlanReportAndHandoutsListPooledMembersWithTheirSchools() throws {
        let (plan, pooled, _) = try Self.groups()
        let people = PlannedPeople(plan)
        let first = people.members(of: pooled)[0]
        #expect(first.hasSuffix(")"))
        #expect(PeopleTextReport.render(plan).contains("      \(first),"))
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let handout = try #require(files["plan.md"])
        #expect(handout.contains(people.members(of: pooled).joined(separator: ", ")))
        let csv = try #require(files["training-groups.csv"])
        #expect(!csv.contains(first))
    }
}
