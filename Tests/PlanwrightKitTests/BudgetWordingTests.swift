import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightOutputs

/// The budget's sentences and the handouts' whole sentences around counts come from the page's
/// language: a Spanish build writes them in Spanish, in Spanish word order, with Spanish plurals.
struct BudgetWordingTests {
    static func spanishPages() throws -> [String: String] {
        let plan = try GoldenOutputTests.examplePlan()
        let templates = try #require(TemplateSet.load().templates)
        let spanish = try #require(Wording.load(language: "es").value)
        let output = HandoutRenderer(templates: templates, wording: spanish).render(plan)
        return Dictionary(output.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theDistrictPlansBudgetSummaryIsInThePagesLanguage() throws {
        let plan = try #require(try Self.spanishPages()["plan.md"])
        #expect(plan.contains("El plan cuesta $1,469,885 entre AF2027–AF2031; el primer año, AF2027, cuesta $365,297."))
        #expect(plan.contains("todavía no tiene financiamiento (AF2029, AF2030, AF2031)"))
        #expect(!SpanishAgreementTests.worded(plan).contains("FY20"), "fiscal years are named in the page's language")
        #expect(plan.contains("Frente a la mediana del distrito de"))
        // The row of what is under no goal says it holds the district's tools, in Spanish.
        #expect(plan.contains("| Sin meta (apoyo, capacitación, líderes de tecnología, herramientas del distrito) |"))
        #expect(!plan.contains("The plan costs"))
        #expect(!plan.contains("per student"))
    }

    @Test func aHandoutsComingLineAndCountsAreInThePagesLanguage() throws {
        let handout = try #require(try Self.spanishPages()["schools/mvhs.md"])
        #expect(handout.contains("Llega a nuestra escuela: Canvas licences, Classroom screen-management licences, LanSchool, estipendios de capacitación, estipendios de líderes de tecnología — $63,097.50 entre AF2027–AF2031."))
        #expect(handout.contains("Avance al "))
        #expect(!handout.contains("Coming to our school"))
        #expect(!handout.contains("Progress as of"))
    }

    @Test func schoolDaysAgreeWithTheirCount() {
        #expect(Wording.english.count(.schoolDayCount, 1) == "1 school day")
        #expect(Wording.english.count(.schoolDayCount, 61) == "61 school days")
    }
}
