import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// One reading of comfort, grades and needs for the plan's own lists and for imports alike.
struct ComfortAndGradesTests {
    @Test func comfortIsOneToFiveOrALevelOfUse() {
        guard case let .comfort(number) = ComfortAndGrades.comfort("3") else { Issue.record("3 is a comfort"); return }
        #expect(number == Comfort(value: 3))
        guard case let .comfort(level) = ComfortAndGrades.comfort("Routine") else { Issue.record("Routine is a comfort"); return }
        #expect(level.levelOfUse == .routine)
        guard case .outOfScale(7) = ComfortAndGrades.comfort("7") else { Issue.record("7 is outside 1–5"); return }
        guard case .unknown = ComfortAndGrades.comfort("Rutine") else { Issue.record("Rutine is no level"); return }
    }

    @Test func gradesJoinAndReportWhatIsNotAGrade() {
        var notGrades: [String] = []
        let grades = ComfortAndGrades.grades(["K-2", "seven", "5"]) { notGrades.append($0) }
        #expect(notGrades == ["seven"])
        #expect(grades.bits == GradeSet.parse("K-2")!.bits | GradeSet.parse("5")!.bits)
    }

    @Test func thePlanAndTheRosterImportSayTheSameAboutSupportNeeds() throws {
        let listed = PlanFixture.run(PlanFixture.yaml(schools: "[{ id: lincoln, name: Lincoln, needs_support: [devices, bandwith] }]",
                                                        goals: PlanFixture.goal("{ id: a, title: A, days: 1 }")))
        #expect(listed.diagnostics.map(\.message).contains { $0.hasPrefix("each need of school 'lincoln' must be") })
        let text = try String(contentsOf: GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml"), encoding: .utf8)
            .replacingPresent("sch-river: [bandwidth]", with: "sch-river: [devices, bandwith]")
        let imported = PlanLoader().load(SourceText(path: GoodPlanTests.packageRoot.appendingPathComponent("Plans/p.yaml").path, bytes: Array(text.utf8)))
        #expect(imported.diagnostics.map(\.message).contains { $0.hasPrefix("each need of school 'sch-river' must be") })
    }
}
