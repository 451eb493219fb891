import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightPlanning

/// Plan text given per language (`{en: …, es: …}`) falls back to English where a language lacks
/// it, and the page says so: over the example, every text it translates (help for families, the
/// district's and a school's own; goals' and milestones' `for_families`) is taken out of Spanish
/// in turn, and each Spanish page that shows it shows the English with the note.
struct FamilyFallbackTests {
    static let note = "Algunas partes de esta página todavía no están traducidas y aparecen en inglés."
    static let example = Fixtures.textAt(GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml").path)

    /// The family and student pages of the example as `yaml` has it, by path.
    static func pages(_ yaml: String) throws -> [String: String] {
        let path = GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml").path
        let result = PlanPipeline().run(SourceText(path: path, bytes: Array(yaml.utf8)))
        let plan = try #require(result.improvementPlan, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return Dictionary(try BuildOutputTests.render(plan).files.filter { $0.path.hasSuffix(".md") && ($0.path.contains("-family.") || $0.path.contains("-students.")) }
            .map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    /// Each `es:` line of the example's texts, with the English written above it.
    static var translations: [(line: Int, english: String)] {
        let lines = example.components(separatedBy: "\n")
        return lines.indices.compactMap { index in
            guard index > 0, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("es: "),
                  let english = lines[index - 1].firstMatch(of: /^\s+en: (.*)$/)?.output.1 else { return nil }
            return (index, String(english))
        }
    }

    @Test func everyTranslatedTextFallsBackToEnglishWithTheNote() throws {
        let all = Self.translations
        #expect(all.count == 15, "the example's translated texts")
        let translated = try Self.pages(Self.example)
        for (path, page) in translated where path.contains(".es.") {
            #expect(!page.contains(Self.note), "\(path) has every text in Spanish, yet says it does not")
        }
        var lines = Self.example.components(separatedBy: "\n")
        for text in all {
            let removed = lines.remove(at: text.line)
            defer { lines.insert(removed, at: text.line) }
            let pages = try Self.pages(lines.joined(separator: "\n"))
            // The English as far as its first Markdown mark, as both Markdown pages write it.
            let shown = String(text.english.prefix { $0 != "*" }.prefix(40))
            // The Spanish pages it was on: those that changed (the same English may be given
            // twice, a school's own help beside the district's, still translated).
            let changed = pages.filter { $0.key.contains(".es.") && $0.value != translated[$0.key] }
            #expect(!changed.isEmpty, "line \(text.line + 1): no Spanish page showed it")
            for (path, page) in changed {
                #expect(page.contains(shown), "\(path) lacks the English of line \(text.line + 1)")
                #expect(page.contains(Self.note), "\(path) shows line \(text.line + 1) in English without the note")
            }
            for (path, page) in pages where path.contains(".en.") {
                #expect(page == translated[path], "\(path): English pages do not change")
            }
        }
    }
}
