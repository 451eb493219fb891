import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// What the printer quotes from a plan: the right line, a bounded part of it, and nothing a terminal would obey.
struct DiagnosticQuoteTests {
    func render(_ text: String, line: Int, column: Int, length: Int = 1, message: String = "bad") -> String {
        let source = SourceText(path: "p.yaml", bytes: Array(text.utf8))
        return DiagnosticPrinter(sources: [source])
            .render(.error(english: message, at: SourceLocation(file: "p.yaml", line: line, column: column, length: length)))
    }

    /// The quoted line and the caret line, without their indentation.
    func quoted(_ output: String) -> (text: String, caret: String) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return (String(lines[1].dropFirst(4)), String(lines[2].dropFirst(4)))
    }

    @Test func aLongLineIsCutAroundTheCaretWhichStaysUnderItsCharacter() {
        let items = (0..<100_000).map { "item\($0)" }
        let line = "list: [" + items.joined(separator: ", ") + "]"
        let column = line.distance(from: line.startIndex, to: line.range(of: "item50000")!.lowerBound) + 1
        let (text, caret) = quoted(render(line + "\n", line: 1, column: column, length: 9))
        #expect(text.count <= DiagnosticPrinter.quoteWidth + 2)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        let caretOffset = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }!
        #expect(text.dropFirst(caretOffset).hasPrefix("item50000"))
        #expect(caret.hasSuffix("^" + String(repeating: "~", count: 8)))
    }

    @Test func aLineNearItsStartIsCutOnlyOnTheRight() {
        let line = "name: " + String(repeating: "x", count: 500)
        let (text, caret) = quoted(render(line, line: 1, column: 7))
        #expect(text == "name: " + String(repeating: "x", count: DiagnosticPrinter.quoteWidth - 6) + "…")
        #expect(caret == "      ^")
    }

    @Test func controlCharactersFromThePlanNeverReachTheTerminal() {
        let output = render("name: \u{1B}]0;owned\u{07}\u{1B}[2J x\n", line: 1, column: 22, message: "found '\u{1B}[31mred\u{07}'")
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let (text, caret) = quoted(output)
        // One stand-in per control character, so the caret is still under the 'x'.
        let caretOffset = caret.count - 1
        #expect(Array(text)[caretOffset] == "x")
    }

    @Test func tabsBeforeTheCaretAreKeptSoItLinesUp() {
        let (_, caret) = quoted(render("\tname: x\n", line: 1, column: 8))
        #expect(caret == "\t      ^")
    }

    @Test func aHugeValueIsQuotedInAMessageByItsStartOnly() throws {
        let huge = String(repeating: "x", count: 1_000_000)
        let text = DiagnosticCapTests.planWithBadStaff(1).replacingPresent("  - x\n", with: "  - \(huge)\n")
        let result = PlanLoader().load(SourceText(path: "test.yaml", bytes: Array(text.utf8)))
        let diagnostic = try #require(result.diagnostics.first { $0.message.hasPrefix("each staff member") })
        #expect(diagnostic.message.count < 200)
        #expect(diagnostic.message.hasSuffix("found the text '\(String(repeating: "x", count: 60))…'"))
    }

    @Test func jsonEscapesControlCharacters() {
        let json = DiagnosticJSON.encode([.error(english: "found '\u{1B}[31m\u{07}'", at: nil)])
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(json.contains("\\u001b"))
    }
}

/// Lines are counted as libyaml counts them, so the line quoted is the line a position points at.
struct LineBreakTests {
    func loadAndQuote(_ bytes: [UInt8], key: String) throws -> (line: Int, quoted: String?) {
        let source = SourceText(path: "t.yaml", bytes: bytes)
        let tree = try #require(YAMLLoader().load(source).tree)
        let node = try #require(tree.root.pairs.first { $0.key.scalar == key }?.key)
        return (node.location.line, source.line(node.location.line))
    }

    @Test func carriageReturnsAloneEndLines() throws {
        let found = try loadAndQuote(Array("a: 1\rb: 2\rc: 3\r".utf8), key: "c")
        #expect(found.line == 3)
        #expect(found.quoted == "c: 3")
    }

    @Test func windowsLineEndsCountOnce() throws {
        let found = try loadAndQuote(Array("a: 1\r\nb: 2\r\nc: 3\r\n".utf8), key: "c")
        #expect(found.line == 3)
        #expect(found.quoted == "c: 3")
    }

    @Test func lineAndParagraphSeparatorsEndLinesAsInLibyaml() throws {
        let found = try loadAndQuote(Array("a: 1\u{2028}b: 2\u{2029}c: 3\u{85}d: 4\n".utf8), key: "d")
        #expect(found.line == 4)
        #expect(found.quoted == "d: 4")
    }

    @Test func syntaxErrorPositionsCountTheSameBreaks() {
        // Invalid UTF-8 on the third line, after a CR and a U+2028.
        let bytes = Array("a: 1\rb: 2\u{2028}c: ".utf8) + [0xFF] + Array("\n".utf8)
        let diagnostic = YAMLLoader().load(SourceText(path: "t.yaml", bytes: bytes)).diagnostics.first
        #expect(diagnostic?.location?.line == 3)
        #expect(diagnostic?.location?.column == 4)
    }
}
