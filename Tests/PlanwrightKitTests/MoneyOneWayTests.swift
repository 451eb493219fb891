import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Money read one way (issue 20, item 12): a flagged school's spending per student is compared
/// only with what could reach a school of its grades, and says so; a school's handout and the
/// district plan's table by school give it one total.
struct MoneyOneWayTests {
    /// Three K-5 schools, a middle school and a flagged high school; Chromebooks for grades 3-5
    /// bought once for the elementary schools ($225,000: $150 a student there), and Wi-Fi at every
    /// school ($20,000 at each of the four smaller ones, `highSchoolWiFi` at the high school).
    static func district(highSchoolWiFi: Int) -> String {
        PlanFixture.yaml(
            schools: """
            [{ id: oak, name: Oak Elementary, grades: K-5, students: 500 }, { id: elm, name: Elm Elementary, grades: K-5, students: 500 },
             { id: ash, name: Ash Elementary, grades: K-5, students: 500 }, { id: pine, name: Pine Middle School, grades: 6-8, students: 500 },
             { id: central, name: Central High School, grades: 9-12, students: 1000, needs_support: [bandwidth] }]
            """,
            staff: "[{ id: s1, name: Ann Lee, school: oak, comfort: 4, champion: yes }]",
            goals: PlanFixture.goal("""
            { id: cb, title: Chromebooks for grades 3-5, days: 5, grades: 3-5, costs: [{ item: Student Chromebooks, category: devices, amount: 300, per: device, count: 750, funding: gf }] },
            { id: wifi, title: Wi-Fi upgrade, days: 5, schools: [oak, elm, ash, pine], costs: [{ item: Access points, category: infrastructure, amount: 20000, per: school, funding: gf }] },
            { id: hs-wifi, title: High school Wi-Fi, days: 5, schools: [central], costs: [{ item: High school access points, category: infrastructure, amount: \(highSchoolWiFi), funding: gf }] }
            """),
            extra: "funding: [{ id: gf, name: General fund, amount: 400000 }]")
    }

    static func planned(_ yaml: String) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    static func equityWarnings(_ yaml: String) -> [String] {
        PlanFixture.run(yaml).diagnostics.map(\.message).filter { $0.contains("flagged as needing support, but the plan spends") }
    }

    @Test func aHighSchoolIsNotHeldAgainstDevicesForGradesItDoesNotTeach() throws {
        // Central gets $40 a student, as much as every school gets of what could reach grades
        // 9-12; the Chromebooks raise the elementary schools to $190 and the district median
        // with them, but they could never come to a high school.
        let yaml = Self.district(highSchoolWiFi: 40_000)
        let plan = try Self.planned(yaml)
        #expect(plan.budget.medianPerStudent == Money(dollars: 190))
        let central = try #require(plan.budget.equity.first { $0.school == "central" })
        #expect(central.perStudent == Money(dollars: 40) && central.median == Money(dollars: 40) && central.schools == 5)
        #expect(central.leftOut.map { plan.budget.costs[$0].item } == [.written("Student Chromebooks")])
        #expect(Self.equityWarnings(yaml) == [])
    }

    @Test func theWarningNamesWhatItComparedWith() throws {
        let yaml = Self.district(highSchoolWiFi: 20_000)
        let plan = try Self.planned(yaml)
        #expect(Self.equityWarnings(yaml) == [
            "Central High School is flagged as needing support, but the plan spends $20 per student there against a median of $40 at 5 schools, counting only what could reach grades 9–12 (left out: Student Chromebooks, for grades 3–5) ($20 less) over FY2027–FY2031; schools that might otherwise struggle need infrastructure, support staff and future upgrades planned and budgeted first",
        ])
        let files = try BudgetOutputTests.outputs(plan)
        let markdown = try #require(files["plan.md"])
        #expect(markdown.contains("Against the district median of $190 per student: Central High School gets $20 per student, $20 less than the median of $40 for what could reach grades 9–12 (left out: Student Chromebooks, for grades 3–5)."))
    }

    @Test func aFlaggedSchoolEveryCostCouldReachIsComparedWithTheDistrictMedian() throws {
        // A flagged elementary school: every cost could reach grades K-5, so nothing is left out.
        let yaml = Self.district(highSchoolWiFi: 40_000)
        let flagged = "{ id: oak, name: Oak Elementary, grades: K-5, students: 500 }"
        #expect(yaml.contains(flagged))
        let plan = try Self.planned(yaml.replacingPresent("needs_support: [bandwidth] }", with: "}")
            .replacingPresent(flagged, with: "{ id: oak, name: Oak Elementary, grades: K-5, students: 500, needs_support: [devices] }"))
        let oak = try #require(plan.budget.equity.first)
        #expect(oak.school == "oak" && oak.leftOut.isEmpty && oak.grades == nil && oak.median == Money(dollars: 190))
    }

    // MARK: One total per school

    @Test func theHandoutAndTheDistrictTableGiveOneTotal() throws {
        // Eastside shares the Chromebooks and carts with Riverside: the handout said $139,385 (its
        // own lines) while the district plan's table said $226,188.10 (with its share of them).
        let plan = try GoldenOutputTests.examplePlan()
        let eastside = try #require(plan.schools.first { $0.id == "eastside" })
        let spending = try #require(plan.budget.schools.first { $0.school == "eastside" })
        let line = try #require(HandoutViews.comingToSchool(eastside, budget: plan.budget, schools: plan.schools))
        // Its share of the tools the middle and elementary schools share (i-Ready, BrainPOP, IXL) is named after.
        #expect(line.hasSuffix("IXL, our share by enrollment \(plan.budget.words(spending.shared)) — \(plan.budget.words(spending.total)) in all over FY2027–FY2031."), "\(line)")
        #expect(line.contains("champion stipends, \(plan.budget.words(spending.total - spending.shared)); shared with Riverside Elementary"), "\(line)")
        let files = try BudgetOutputTests.outputs(plan)
        let table = try #require(files["plan.md"])
        #expect(table.contains("| Eastside Middle School (flagged for support) | 668 | \(plan.budget.words(spending.total)) |"))
        #expect(files["schools/eastside.md"]?.contains(line) == true)
    }

    @Test func everySchoolsHandoutTotalIsItsTableTotal() throws {
        // Every school with an enrollment: the amount its handout ends with is the table's.
        let plan = try Self.planned(Self.district(highSchoolWiFi: 40_000))
        for spending in plan.budget.schools {
            let school = try #require(plan.schools.first { $0.id == spending.school })
            let line = try #require(HandoutViews.comingToSchool(school, budget: plan.budget, schools: plan.schools))
            #expect(line.hasSuffix(" \(plan.budget.words(spending.total)) over FY2027–FY2031.") || line.hasSuffix(" \(plan.budget.words(spending.total)) in all over FY2027–FY2031."), "\(line)")
        }
    }
}
