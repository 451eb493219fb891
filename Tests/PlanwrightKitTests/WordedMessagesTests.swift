import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// Diagnostics are worded from the strings files like every output: a check says what is wrong
/// as a `Message` (a key and values), and `en.po`/`es.po` say it. Messages still written in
/// English in code (`english:`) are listed here per file; the list can only shrink.
struct WordedMessagesTests {
    /// Files that may still write English messages in code, and why. The wording core's own
    /// messages stay English: they report a damaged strings file, the very file that would word them.
    static let englishForGood: Set<String> = [
        "PlanwrightDocument/Wording/StringsFile.swift",
        "PlanwrightDocument/Wording/Wording+Load.swift",
        // The definitions of the `english:` forms themselves.
        "PlanwrightDocument/Diagnostics/Diagnostic.swift",
        "PlanwrightDocument/Diagnostics/Message.swift",
    ]

    /// Files whose messages are not yet in the strings files. Remove a file when its last
    /// `english:` message is worded; a file not listed here may not add one.
    static let notYetWorded: Set<String> = []

    static var sources: URL { WordingCoverageTests.sources }

    /// Every Swift file under Sources that writes a message as `english:`, by its path under Sources.
    static func filesWritingEnglish() -> Set<String> {
        var files = Set<String>()
        for relative in FileManager.default.enumerator(atPath: sources.path)?.compactMap({ $0 as? String }) ?? []
        where relative.hasSuffix(".swift") {
            // `english:` as an argument label, not a parameter or property of type String or Wording.
            if Fixtures.textAt(sources.appendingPathComponent(relative).path).contains(/\benglish: (?!String|Wording)/) { files.insert(relative) }
        }
        return files
    }

    @Test func noNewFileWritesMessagesInEnglish() {
        let found = Self.filesWritingEnglish()
        #expect(!found.isEmpty || FileManager.default.fileExists(atPath: Self.sources.path), "the sources were not found")
        let unexpected = found.subtracting(Self.notYetWorded).subtracting(Self.englishForGood)
        #expect(unexpected.isEmpty, "these files write messages in English in code; say them with Message(\"key\", …) and put the text in Templates/strings/en.po and es.po: \(unexpected.sorted())")
        let worded = Self.notYetWorded.subtracting(found)
        #expect(worded.isEmpty, "these files no longer write English messages; remove them from WordedMessagesTests.notYetWorded: \(worded.sorted())")
    }

    /// Every message a fixture plan draws, printed in English and in Spanish, fills each of its
    /// placeholders and names only keys the strings files have.
    @Test func everyFixtureMessageIsFilledInEveryLanguage() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let spanish = try #require(Wording.load(language: "es").value)
        var plans = 0, messages = 0
        for relative in FileManager.default.enumerator(atPath: fixtures.path)?.compactMap({ $0 as? String }) ?? []
        where relative.hasSuffix(".yaml") {
            let result = PlanPipeline().run(path: fixtures.appendingPathComponent(relative).path)
            plans += 1
            for diagnostic in Self.flattened(result.diagnostics) {
                messages += 1
                for wording in [Wording.english, spanish] {
                    let text = wording.say(diagnostic.content)
                    #expect(Self.unfilled(text) == nil, "\(relative): '\(diagnostic.content.key)' in \(wording.language) leaves \(Self.unfilled(text) ?? "") unfilled: \(text)")
                }
            }
        }
        #expect(plans > 50 && messages > 100, "only \(plans) plans and \(messages) messages were read")
    }

    static func flattened(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.flatMap { [$0] + flattened($0.notes) }
    }

    /// A `{name}` placeholder left in a worded text, or a `[key]` no strings file has.
    static func unfilled(_ text: String) -> String? {
        if let match = text.firstMatch(of: /\{[a-z_][a-z0-9_]*\}/) { return String(match.output) }
        if let match = text.wholeMatch(of: /\[[a-z_][a-z0-9_]*\]/) { return String(match.output) }
        return nil
    }

    @Test func aMessageIsWordedInTheReadersLanguage() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let first = Message.english("unknown key 'x'")
        let more = Diagnostic(.error, at: nil, Message("diagnostic_more_errors", count: 1200, ["first": .message(first)]))
        #expect(more.message == "… and 1,200 more errors like this, not listed: unknown key 'x'")
        #expect(spanish.say(more.content) == "… y 1,200 errores más como este, sin listar: unknown key 'x'")
        #expect(Wording.english.say(Message("diagnostic_more_notes", count: 1, ["first": .message(first)])).hasPrefix("… and 1 more note like"))
    }

    @Test func printerAndJSONWordInTheChosenLanguage() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "p.yaml", line: 2, column: 1), Message("diagnostic_listed_once_for_alias"))
        #expect(DiagnosticPrinter(wording: spanish).render(diagnostic).contains("se usa de nuevo mediante un alias"))
        #expect(DiagnosticJSON.encode([diagnostic], wording: spanish).contains("se usa de nuevo mediante un alias"))
        #expect(DiagnosticJSON.encode([diagnostic]).contains("is used again through an alias"))
    }
}
