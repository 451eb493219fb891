@testable import PlanwrightDocument
import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 22's rough edges in Spanish: a count agrees with its number by the language's rule
/// ("1 atrasado", "3 terminados", never "1 terminado/3 terminado" glued from one word), a phrase
/// is Spanish to its end ("con retraso, hasta el verano", not "…, into the summer"), a list is
/// joined with "y", and a fiscal year is named as the strings file says ("AF2027–AF2031").
struct SpanishAgreementTests {
    static let spanish = Wording.load(language: "es").value!

    /// The Markdown and HTML pages of `plan` with every staff page in Spanish.
    static func pages(_ plan: ImprovementPlan) throws -> [String: String] {
        let templates = try #require(TemplateSet.load().templates)
        let output = HandoutRenderer(templates: templates, wording: spanish).render(plan)
        return Dictionary(output.files.filter { $0.path.hasSuffix(".md") || $0.path.hasSuffix(".html") }.map { ($0.path, $0.contents) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// A page without the district plan's warnings, which are the checks' own messages, in
    /// English until diagnostics are worded too.
    static func worded(_ page: String) -> String {
        page.components(separatedBy: "Advertencias</h2>")[0].components(separatedBy: "## Advertencias")[0]
    }

    @Test func milestoneCountsAgreeWithTheirNumber() throws {
        #expect(Self.spanish.count(.progressCountDone, 1) == "1 terminado")
        #expect(Self.spanish.count(.progressCountDone, 3) == "3 terminados")
        #expect(Self.spanish.count(.progressCountLate, 1) == "1 atrasado")
        #expect(Self.spanish.count(.progressCountLate, 2) == "2 atrasados")
        #expect(Self.spanish.count(.planMilestonesDone, 1) == "hito completado")
        #expect(Wording.english.count(.progressCountDone, 1) == "1 done")

        let plan = try GoldenOutputTests.examplePlan()
        #expect(ProgressTextReport.render(plan, Self.spanish).contains("\n1 atrasado · 0 en riesgo · 31 a tiempo · 3 terminados\n"))
        #expect(ProgressTextReport.render(plan).contains("\n1 late · 0 at risk · 31 on track · 3 done\n"), "English as before")
        let pages = try Self.pages(plan)
        #expect(try #require(pages["board.md"]).contains("Hitos terminados: 3 de 35; 31 a tiempo, 1 atrasado, 0 en riesgo."))
        #expect(try #require(pages["plan.html"]).contains("<strong>3</strong> hitos completados"))
        #expect(try #require(pages["schools/lincoln.md"]).contains("de nuestros hitos, "))
        // Nowhere a count and a word that disagree: "1 atrasados", "3 terminado".
        let disagreeing = /\b(1 (terminados|atrasados|completados)|([02-9]|\d\d+) (terminado|atrasado|completado))\b/
        for (path, page) in pages {
            #expect(page.firstMatch(of: disagreeing) == nil, "\(path): '\(page.firstMatch(of: disagreeing).map { String($0.output.0) } ?? "")'")
        }
    }

    /// Work re-planned past the last day of school is tagged in the page's language, whole.
    @Test func aSpillIsSaidInSpanishToTheEndOfThePhrase() throws {
        let plan = try ProgressAsOfDateTests.planned(asOf: "2027-05-03")
        let pages = try Self.pages(plan)
        #expect(try #require(pages["schools/cbe.md"]).contains("**con retraso, hasta el verano**"))
        #expect(try #require(pages["plan.md"]).contains("(bloqueado) **con retraso, hasta el verano**"), "the district plan's milestone table too")
        for (path, page) in pages {
            #expect(!Self.worded(page).contains("into the summer") && !Self.worded(page).contains("into next school year"), "\(path)")
        }
    }

    /// Fiscal years on the budget's sentences, tables, chart and the board's lines, as the
    /// strings file names them; a list of two schools joined by "y".
    @Test func fiscalYearsAndListsAreSpanish() throws {
        #expect(Self.spanish.fiscalYears(FiscalYear(endingYear: 2027), FiscalYear(endingYear: 2031)) == "AF2027–AF2031")
        #expect(Wording.english.fiscalYears(FiscalYear(endingYear: 2027), FiscalYear(endingYear: 2031)) == "FY2027–FY2031")
        #expect(Wording.english.fiscalYears(FiscalYear(endingYear: 2027), FiscalYear(endingYear: 2027)) == "FY2027")
        let pages = try Self.pages(try GoldenOutputTests.examplePlan())
        let board = try #require(pages["board.md"])
        #expect(board.contains("- **Por año:** AF2027 $365,297 · AF2028 $261,342"))
        #expect(board.contains("Sin fondos desde AF2029 para Canvas licences"))
        #expect(board.contains("Eastside Middle School y Riverside Elementary"))
        let plan = try #require(pages["plan.html"])
        #expect(plan.contains(">AF2027</text>") && plan.contains("Presupuesto por año fiscal y fuente de fondos"))
        #expect(!plan.contains("No funding<") && !plan.contains("Budget by fiscal year"))
        for (path, page) in pages {
            #expect(Self.worded(page).firstMatch(of: /FY\d{4}/) == nil, "\(path) names a fiscal year in English")
        }
    }
}
