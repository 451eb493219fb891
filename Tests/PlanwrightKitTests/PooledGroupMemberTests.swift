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

    @Test func pooledMembersNameTheirSchoolOncePerRunAndOthersDoNot() throws {
        let (plan, pooled, single) = try Self.groups()
        let people = PlannedPeople(plan)
        // Members are sorted by school, so each school's run is theirs in that order.
        let schools = pooled.members.compactMap { people.person($0).flatMap { people.school($0.school) } }
        #expect(schools.count == pooled.members.count)
        var expected: [String] = []
        for (id, school) in zip(pooled.members, schools) {
            if let last = expected.last, last.hasSuffix(" (\(school.name))") {
                expected[expected.count - 1] = String(last.dropLast(school.name.count + 3)) + ", \(people.name(id)) (\(school.name))"
            } else {
                expected.append("\(people.name(id)) (\(school.name))")
            }
        }
        #expect(people.members(of: pooled) == expected.joined(separator: "; "))
        #expect(Set(schools.map(\.id)).count > 1)
        #expect(people.members(of: single) == people.list(single.members))
    }

    @Test func thePlanReportAndHandoutsListPooledMembersWithTheirSchools() throws {
        let (plan, pooled, _) = try Self.groups()
        let listed = PlannedPeople(plan).members(of: pooled)
        let firstRun = try #require(listed.split(separator: ";").first.map(String.init))
        #expect(firstRun.hasSuffix(")"))
        #expect(PeopleTextReport.render(plan).replacingOccurrences(of: "\n      ", with: " ").contains(listed))
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        #expect(try #require(files["plan.md"]).contains(listed))
        #expect(!(try #require(files["training-groups.csv"])).contains(firstRun))
    }
}
