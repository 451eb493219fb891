import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Issue 21, item 5: `grades:` on a cost. Cedar Bluff's families borrow hotspots under a goal for
/// every grade; insurance for take-home Chromebooks is for grades 3-6 only. Before, `grades` on a
/// cost was "unknown key", and the count was typed by hand.
struct CostGradesTests {
    static let insurance = """
          - item: Take-home Chromebook insurance
            category: devices
            amount: 20
            per: student
            grades: 3-6
            funding: general-fund

    """

    /// Cedar Bluff with the insurance on the hotspot goal, and the elementary school's students
    /// by grade where `byGrade` is given.
    static func plan(elementaryStudents: String = "168", cost: String = insurance) -> String {
        BudgetTablesAddUpTests.cedarBluff
            .replacingPresent("    principal: Ruth Halvorsen\n    students: 168\n", with: "    principal: Ruth Halvorsen\n    students: \(elementaryStudents)\n")
            .replacingPresent("        funding: erate\n    milestones:\n", with: "        funding: erate\n" + cost + "    milestones:\n")
    }

    static let byGrade = "{ K: 22, 1: 24, 2: 23, 3: 25, 4: 26, 5: 24, 6: 24 }"

    static func run(_ yaml: String) -> PlanPipeline.Result {
        SmallDistrictWordsTests.run(yaml)
    }

    static func insuranceLines(_ result: PlanPipeline.Result) throws -> [BudgetLine] {
        let budget = try #require(result.improvementPlan).budget
        let index = try #require(budget.costs.firstIndex { $0.item == .written("Take-home Chromebook insurance") })
        return budget.lines.filter { $0.cost == index }
    }

    @Test func aCostForSomeGradesCountsOnlyTheirStudents() throws {
        let result = Self.run(Self.plan(elementaryStudents: Self.byGrade))
        #expect(!result.hasErrors, "\(SmallDistrictWordsTests.diagnostics(result))")
        // Grades 3-6 at the elementary school: 25 + 26 + 24 + 24 students; the junior high and
        // the high school teach none of them.
        let lines = try Self.insuranceLines(result)
        #expect(lines.map(\.school) == ["cbe"] && lines.map(\.units) == [99])
        #expect(lines.map(\.amount) == [Money(dollars: 1_980)])
        let cost = try #require(result.improvementPlan?.budget.costs.first { $0.item == .written("Take-home Chromebook insurance") })
        #expect(cost.grades == GradeSet.parse("3-6") && cost.schools == ["cbe"])
        #expect(!SmallDistrictWordsTests.diagnostics(result).contains { $0.contains("Take-home") })
    }

    @Test func aSchoolGivingOnlyItsTotalIsCountedWholeWithAWarning() throws {
        let yaml = Self.plan()
        let result = Self.run(yaml)
        #expect(try Self.insuranceLines(result).map(\.units) == [168])
        let line = SmallDistrictWordsTests.line(of: "- item: Take-home Chromebook insurance", in: yaml)
        #expect(SmallDistrictWordsTests.diagnostics(result).contains(
            "\(line):9 warning: cost 'Take-home Chromebook insurance' is per student in grades 3–6, but Cedar Bluff Elementary (168) gives only its total of students, so all 168 are counted, not only grades 3–6; give the school's 'students' as the count in each grade, such as {3: 48, 4: 52}, to count grades 3–6 alone"))
    }

    @Test func aCostPerStaffForSomeGradesCountsTheStaffTeachingThem() throws {
        let perStaff = Self.insurance.replacingPresent("item: Take-home Chromebook insurance", with: "item: Grade 3-6 math coaching")
            .replacingPresent("per: student", with: "per: staff").replacingPresent("category: devices", with: "category: training")
        let result = Self.run(Self.plan(cost: perStaff))
        #expect(!result.hasErrors, "\(SmallDistrictWordsTests.diagnostics(result))")
        let budget = try #require(result.improvementPlan).budget
        let index = try #require(budget.costs.firstIndex { $0.item == .written("Grade 3-6 math coaching") })
        // The elementary staff who teach any of grades 3-6: the eight grade 3-6 teachers (e-07 to
        // e-14), music, PE, art, reading and special education (K-6), the K-3 aide, the librarian,
        // the counselor and the math coach; not the K-2 teachers or the K-2 aide (7 of its 24).
        #expect(budget.lines.filter { $0.cost == index }.map(\.units) == [17])
        #expect(budget.lines.filter { $0.cost == index }.map(\.school) == ["cbe"])
    }

    @Test func aCostCannotReachGradesItsWorkDoesNot() throws {
        // The math goal is for grades 3-6; licences for 9-12 under its pilot would be budgeted
        // for students the work never reaches.
        let yaml = BudgetTablesAddUpTests.cedarBluff.replacingPresent("        kind: pilot\n        schools: [cbe]\n", with: """
                    kind: pilot
                    schools: [cbe]
                    costs:
                      - { item: Practice platform licences, category: software, amount: 8, per: student, grades: 5-9 }

            """)
        let result = Self.run(yaml)
        let line = SmallDistrictWordsTests.line(of: "Practice platform licences", in: yaml)
        #expect(SmallDistrictWordsTests.diagnostics(result).filter { $0.contains("error") } == [
            "\(line):102 error: cost 'Practice platform licences' is for grades 5-9, but milestone 'math-pilot' is for grades 3-6: 7-9 are not in them; a cost may narrow its work's grades, never widen them",
        ])
    }
}
