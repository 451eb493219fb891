import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The one lookup of people and schools by id that handouts, exports and `diff` share.
struct PlannedPeopleTests {
    @Test func findsStaffAndSchoolsByID() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let people = PlannedPeople(plan)
        let person = try #require(plan.staff.last)
        let school = try #require(plan.schools.last)
        #expect(people.person(person.id)?.email == person.email)
        #expect(people.name(person.id) == person.name)
        #expect(people.school(school.id)?.principal == school.principal)
        #expect(people.schoolName(school.id) == school.name)
    }

    @Test func anUnknownIDShowsAsItself() throws {
        let people = PlannedPeople(try GoldenOutputTests.examplePlan())
        #expect(people.person("nobody") == nil)
        #expect(people.name("nobody") == "nobody")
        #expect(people.school("nowhere") == nil)
        #expect(people.schoolName("nowhere") == "nowhere")
    }

    @Test func theFirstOfARepeatedIDWins() throws {
        var plan = try GoldenOutputTests.examplePlan()
        let first = try #require(plan.staff.first), school = try #require(plan.schools.first)
        plan.staff.append(PlannedPerson(id: first.id, name: "Someone Else", school: first.school, role: first.role))
        plan.schools.append(PlannedSchool(id: school.id, name: "Another School", needsSupport: [], grades: GradeSet()))
        let people = PlannedPeople(plan)
        #expect(people.name(first.id) == first.name)
        #expect(people.schoolName(school.id) == school.name)
    }
}
