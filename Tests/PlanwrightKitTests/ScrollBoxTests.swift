@testable import PlanwrightDocument
import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightOutputs

/// A wide table or chart scrolls sideways in its own box on a phone (`.wide`). A keyboard user
/// must be able to reach the box to scroll it, and a screen reader must say what it holds: each
/// box is focusable (`tabindex="0"`), a landmark (`role="region"`) and named (`aria-label`) by a
/// `scroll_` text of the page's language.
struct ScrollBoxTests {
    /// Every `.wide` box's opening tag.
    static func boxes(_ page: String) -> [String] {
        page.matches(of: /<div class="wide"[^>]*>/).map { String($0.output) }
    }

    static func labels(_ language: String) throws -> Set<String> {
        let path = TemplateResources.stringsDirectory.appendingPathComponent("\(language).po").path
        let file = StringsFile.parse(Fixtures.textAt(path), path: path).file
        return Set(file.keys.filter { $0.hasPrefix("scroll_") }.compactMap { key -> String? in
            if case let .single(text) = file.entries[key]!.text { return SVGCharts.xml(text) }
            return nil
        })
    }

    @Test func everyScrollBoxIsFocusableAndNamedInThePagesLanguage() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let english = try BuildOutputTests.render(plan).files
        let spanish = try SpanishAgreementTests.pages(plan)
        for (language, pages) in [("en", english.map { ($0.path, $0.contents) }), ("es", spanish.map { ($0.key, $0.value) })] {
            let labels = try Self.labels(language)
            #expect(labels.count >= 10)
            var named = Set<String>()
            var count = 0
            for (path, page) in pages where path.hasSuffix(".html") {
                for box in Self.boxes(page) {
                    count += 1
                    #expect(box.contains(" tabindex=\"0\"") && box.contains(" role=\"region\""), "\(language) \(path): \(box)")
                    let label = box.firstMatch(of: /aria-label="([^"]*)"/).map { String($0.output.1) }
                    #expect(label.map(labels.contains) == true, "\(language) \(path): \(box) is not named by a scroll_ text of \(language).po")
                    label.map { named.insert($0) }
                }
            }
            // The district plan's tables and charts, and the board's decisions.
            #expect(count >= 20, "\(language): \(count) boxes")
            #expect(named.count >= 10, "\(language): boxes named alike: \(named.sorted())")
        }
    }
}
