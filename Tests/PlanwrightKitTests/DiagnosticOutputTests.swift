import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct DiagnosticOutputTests {
    @Test func printsLikeACompilerWithTheLineAndAnUnderline() {
        let source = SourceText(path: "Plans/maple.yaml", bytes: Array("goals:\n  - id: lms\n    mielstones: []\n".utf8))
        let diagnostic = Diagnostic.error(english: "unknown key 'mielstones' in goal 'lms'; did you mean 'milestones'?",
                                          at: SourceLocation(file: "Plans/maple.yaml", line: 3, column: 5, length: 10))
        #expect(DiagnosticPrinter(sources: [source]).render(diagnostic) == """
            Plans/maple.yaml:3:5: error: unknown key 'mielstones' in goal 'lms'; did you mean 'milestones'?
                    mielstones: []
                    ^~~~~~~~~~

            """)
    }

    @Test func jsonCarriesTheSameFacts() throws {
        let diagnostic = Diagnostic.warning(english: "no teacher on the team", at: SourceLocation(file: "p.yaml", line: 4, column: 3))
        let json = DiagnosticJSON.encode([diagnostic])
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(decoded.first?["message"] as? String == "no teacher on the team")
        #expect((decoded.first?["location"] as? [String: Any])?["line"] as? Int == 4)
        #expect(json.contains(#""severity" : "warning""#))
    }

    @Test func summaryLineCountsErrorsAndWarnings() {
        let e = Diagnostic.error(english: "x", at: nil), w = Diagnostic.warning(english: "y", at: nil)
        #expect(DiagnosticSummary.line([e, e, w], files: 1) == "2 errors, 1 warning in 1 file\n")
        #expect(DiagnosticSummary.line([], files: 2) == "no problems in 2 files\n")
    }
}
