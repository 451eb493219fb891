import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Family and student pages: in the families' languages, with only what families may see.
struct FamilyPagesTests {
    static let fixture = Fixtures.text("families/eastside.yaml")

    static func run(_ yaml: String = fixture, languages: [String]? = nil) -> PlanPipeline.Result {
        PlanPipeline(planner: Planner(familyLanguages: languages)).run(SourceText(path: "eastside.yaml", bytes: Array(yaml.utf8)))
    }

    static func pages(_ yaml: String = fixture, languages: [String]? = nil) throws -> [String: String] {
        let planned = try #require(run(yaml, languages: languages).improvementPlan)
        let output = try BuildOutputTests.render(planned)
        #expect(!output.diagnostics.hasErrors, "\(output.diagnostics.map(\.message))")
        return Dictionary(output.files.filter { $0.path.contains("-family.") || $0.path.contains("-students.") }.map { ($0.path, $0.contents) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// Text as written, and as HTML and Markdown pages escape it.
    static func forms(_ text: String) -> [String] {
        let html = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
        return [text, html, MarkdownText.escape(text)]
    }

    static let inSpanish = fixture.replacingOccurrences(of: "families:\n  help:", with: "families:\n  languages: [en, es]\n  help:")

    @Test func pagesAreMadePerSchoolAndLanguageAndStudentPagesOnlyAtSecondarySchools() throws {
        let pages = try Self.pages(Self.inSpanish)
        #expect(Set(pages.keys) == [
            "schools/eastside-family.en.md", "schools/eastside-family.en.html", "schools/eastside-family.es.md", "schools/eastside-family.es.html",
            "schools/hillcrest-family.en.md", "schools/hillcrest-family.en.html", "schools/hillcrest-family.es.md", "schools/hillcrest-family.es.html",
            "schools/eastside-students.en.md", "schools/eastside-students.en.html", "schools/eastside-students.es.md", "schools/eastside-students.es.html",
        ])
    }

    /// Every staff and team name of the plan is checked, on every page of the example and of
    /// the fixture, whose titles name staff: only the school's principal may appear.
    @Test func familyPagesNameNoStaffButThePrincipal() throws {
        for (yaml, planned) in [(Self.inSpanish, try #require(Self.run(Self.inSpanish).improvementPlan)),
                                ("", try GoldenOutputTests.examplePlan())] {
            let pages = yaml.isEmpty ? try BuildOutputTests.render(planned).files.filter { $0.path.contains("-family.") || $0.path.contains("-students.") }
                .reduce(into: [String: String]()) { $0[$1.path] = $1.contents } : try Self.pages(yaml)
            #expect(pages.count > 8)
            let names = Set(planned.staff.map(\.name) + planned.schools.compactMap(\.principal) + planned.milestones.compactMap(\.owner))
            for (path, page) in pages {
                let school = try #require(planned.schools.first { path.hasPrefix("schools/\($0.id)-") })
                for name in names where name != school.principal {
                    #expect(!Self.forms(name).contains { page.contains($0) }, "\(path) names \(name)")
                }
                if let principal = school.principal { #expect(Self.forms(principal).contains { page.contains($0) }, "\(path) lacks its principal") }
            }
        }
    }

    @Test func familyPagesHoldNoWarningTitleOrBudgetLine() throws {
        let planned = try GoldenOutputTests.examplePlan()
        let pages = try BuildOutputTests.render(planned).files.filter { $0.path.contains("-family.") || $0.path.contains("-students.") }
        #expect(!planned.diagnostics.isEmpty)
        for page in pages {
            for warning in planned.diagnostics { #expect(!page.contents.contains(warning.message), "\(page.path) holds a warning") }
            for title in planned.milestones.map { Wording.english.title($0.title) } + planned.goals.map(\.title) {
                #expect(!Self.forms(title).contains { page.contents.contains($0) }, "\(page.path) shows '\(title)'")
            }
            #expect(!page.contents.contains("$"), "\(page.path) shows an amount")
        }
    }

    /// A milestone without `for_families` says only its kind of change, from what it buys.
    @Test func aStepWithoutFamilyTextSaysOnlyItsKindOfChange() throws {
        let pages = try Self.pages()
        let hillcrest = try #require(pages["schools/hillcrest-family.en.md"])
        #expect(hillcrest.contains("- **From Mon, Oct 5:** Students start using new software in class."))
        let eastside = try #require(pages["schools/eastside-family.en.md"])
        #expect(eastside.contains("Students start using new devices."))
        #expect(eastside.contains("One sixth-grade class tries the Chromebooks first."))
        // The gate is staff work: not on the page.
        #expect(!eastside.contains("Go/no-go") && !eastside.contains("broken devices"))
    }

    @Test func theFallbackNoteAppearsOnlyWhereATranslationIsMissing() throws {
        let pages = try Self.pages(Self.inSpanish)
        let note = "Algunas partes de esta página todavía no están traducidas y aparecen en inglés."
        // The pilot's family text has no Spanish: shown in English, and the page says so.
        let eastside = try #require(pages["schools/eastside-family.es.html"])
        #expect(eastside.contains(note))
        #expect(eastside.contains("One sixth-grade class tries the Chromebooks first."))
        #expect(eastside.contains("Escuela Secundaria Eastside"))
        #expect(!(try #require(pages["schools/eastside-family.en.html"])).contains("not yet translated"))
        // Students never read family text, so nothing on their page is left in English.
        #expect(!(try #require(pages["schools/eastside-students.es.html"])).contains(note))
        // Given its Spanish, the note goes.
        let translated = Self.inSpanish.replacingOccurrences(of: "          en: One sixth-grade class tries the Chromebooks first.",
                                                             with: "          en: One sixth-grade class tries the Chromebooks first.\n          es: Una clase de sexto grado prueba primero los Chromebooks.")
        #expect(translated != Self.inSpanish)
        #expect(!(try #require(try Self.pages(translated)["schools/eastside-family.es.html"])).contains(note))
    }

    @Test func spanishPagesWriteDatesInSpanish() throws {
        let pages = try Self.pages(Self.inSpanish)
        let hillcrest = try #require(pages["schools/hillcrest-family.es.md"])
        #expect(hillcrest.contains("### Octubre de 2026"))
        #expect(hillcrest.contains("A partir del lun"))
        #expect(hillcrest.contains("5 oct"))
        #expect(!hillcrest.contains("Oct 5") && !hillcrest.contains("Mon,"))
        #expect(hillcrest.hasPrefix("# Hillcrest Elementary: para las familias"))
        #expect(try #require(pages["schools/hillcrest-family.es.html"]).contains("<html lang=\"es\">"))
    }

    @Test func aLanguageManyFamiliesSpeakWithNoPageIsWarnedAbout() throws {
        let warnings = Self.run().diagnostics.filter { $0.message.contains("at home") }
        #expect(warnings.map(\.message) == [
            "205 of 527 families at Eastside Middle School speak Spanish at home, but family pages are made in English only: add es to families.languages",
            // 30 of 438 is under 10%, but 20 families or more need a page too.
            "30 of 438 families at Hillcrest Elementary speak Spanish at home, but family pages are made in English only: add es to families.languages",
        ])
        #expect(warnings.first.flatMap(\.location).map { "\($0.line):\($0.column)" } == "24:21")
        // Vietnamese at Eastside (12, 2%) and Somali at Hillcrest (8) are below both thresholds.
        #expect(Self.run(Self.inSpanish).diagnostics.filter { $0.message.contains("at home") }.isEmpty)
    }

    /// OneRoster exports carry no home language: the plan adds them to imported schools by their
    /// OneRoster id, as it adds principals, and a mistyped id is an error at its line.
    @Test func importedSchoolsTakeTheirHomeLanguagesFromThePlan() throws {
        _ = try GoldenOutputTests.examplePlan()  // the package root, which the roster's folder is relative to
        let written = Fixtures.textAt(GoodPlanTests.packageRoot.appendingPathComponent("Plans/oakridge-oneroster.yaml").path)
        func run(_ languages: String) -> PlanPipeline.Result {
            let edited = written.replacingOccurrences(of: "  principals:\n    sch-oak: Grace Okafor\n",
                                                      with: "  principals:\n    sch-oak: Grace Okafor\n  home_languages:\n\(languages)")
            #expect(edited != written)
            return PlanPipeline().run(SourceText(path: "Plans/oakridge-oneroster.yaml", bytes: Array(edited.utf8)))
        }
        #expect(run("    sch-river: { en: 300, es: 140 }\n").diagnostics.contains { $0.message.hasPrefix("140 of 440 families at Riverside High School speak Spanish at home") })
        let typo = try #require(run("    sch-rivr: { en: 1 }\n").diagnostics.first { $0.message.contains("sch-rivr") })
        #expect(typo.severity == .error && typo.message.hasSuffix("did you mean 'sch-river'?"))
    }

    @Test func theLanguagesOptionOverridesThePlans() throws {
        let english = try Self.pages(Self.inSpanish, languages: ["en"])
        #expect(english.keys.allSatisfy { $0.contains(".en.") })
        #expect(Self.run(Self.inSpanish, languages: ["en"]).diagnostics.contains { $0.message.hasPrefix("205 of 527 families") })
        let both = try Self.pages(languages: ["es", "en"])
        #expect(both.keys.contains("schools/hillcrest-family.es.md"))
        // English is written first, whatever the order asked.
        let planned = try #require(Self.run(languages: ["es", "en"]).improvementPlan)
        #expect(planned.families.languages == ["en", "es"])
    }

    @Test func aLanguageWithoutAStringsFileIsAnErrorNamingTheFile() throws {
        let planned = try #require(Self.run(languages: ["en", "fr"]).improvementPlan)
        let output = try BuildOutputTests.render(planned)
        let errors = output.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("there are no words for the language 'fr': Planwright looked for ") == true, "\(errors)")
        #expect(errors.first?.contains("strings/fr.po") == true)
    }
}
