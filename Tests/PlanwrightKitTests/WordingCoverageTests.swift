import Foundation
import Testing
import PlanwrightTemplates
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightOutputs

/// Every language's strings file has exactly the keys English has, every English key is used by
/// code (`WordKey`, or a message's `Message("key")`) or a built-in template (`t.key`), and everything code and templates use is in
/// English. A key added without its text, or a text left behind when its use was removed, fails here.
struct WordingCoverageTests {
    static let stringsFolder = TemplateResources.stringsDirectory
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func file(_ language: String) -> StringsFile {
        let path = stringsFolder.appendingPathComponent("\(language).po").path
        let parsed = StringsFile.parse(Fixtures.textAt(path), path: path)
        #expect(parsed.diagnostics.isEmpty, "\(language).po: \(parsed.diagnostics.map(\.message))")
        return parsed.file
    }

    static var languages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: stringsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".po") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Every `t.key` the built-in templates name.
    static var templateKeys: Set<String> {
        let folder = TemplateResources.handoutsDirectory.path
        var keys = Set<String>()
        for relative in FileManager.default.enumerator(atPath: folder)?.compactMap({ $0 as? String }) ?? [] where relative.hasSuffix(".mustache") {
            for tag in TemplateSet.tags(in: Fixtures.textAt(folder + "/" + relative)) where tag.name.hasPrefix(TemplateSet.wordsName + ".") {
                keys.insert(String(tag.name.dropFirst(2)))
            }
        }
        return keys
    }

    /// Every key a `Message("key", …)` in the sources names: the diagnostics' words.
    static var messageKeys: Set<String> {
        var keys = Set<String>()
        for relative in FileManager.default.enumerator(atPath: sources.path)?.compactMap({ $0 as? String }) ?? [] where relative.hasSuffix(".swift") {
            for match in Fixtures.textAt(sources.appendingPathComponent(relative).path).matches(of: /(?:Message|[ (\[]text)\("([a-z0-9_]+)"/) {
                keys.insert(String(match.output.1))
            }
        }
        return keys
    }

    @Test func englishAndSpanishShip() {
        #expect(Self.languages.contains("en"))
        #expect(Self.languages.contains("es"))
    }

    @Test func everyLanguageHasEveryEnglishKeyAndNoOther() {
        let english = Set(Self.file("en").keys)
        for language in Self.languages where language != "en" {
            let keys = Set(Self.file(language).keys)
            #expect(english.subtracting(keys).isEmpty, "\(language).po lacks \(english.subtracting(keys).sorted())")
            #expect(keys.subtracting(english).isEmpty, "\(language).po has keys English does not: \(keys.subtracting(english).sorted())")
            // The file reads as a language: placeholders and plural forms agree with English.
            let loaded = Wording.load(language: language)
            #expect(loaded.value != nil && loaded.diagnostics.isEmpty, "\(language): \(loaded.diagnostics.map(\.message))")
            #expect(loaded.value?.untranslated == [])
        }
    }

    @Test func everythingUsedIsInEnglishAndEveryEnglishKeyIsUsed() {
        let english = Set(Self.file("en").keys)
        let codeKeys = Set(WordKey.allCases.map(\.rawValue))
        let used = codeKeys.union(Self.templateKeys).union(Self.messageKeys)
        #expect(used.subtracting(english).isEmpty, "used but not in en.po: \(used.subtracting(english).sorted())")
        #expect(english.subtracting(used).isEmpty, "in en.po but used by nothing: \(english.subtracting(used).sorted())")
    }

    /// A `WordKey` case nothing in the sources names is a key nothing uses.
    @Test func everyCodeKeyIsUsedInTheSources() throws {
        var text = ""
        for relative in FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap({ $0 as? String }) ?? []
        where relative.hasSuffix(".swift") && !relative.hasSuffix("WordKey.swift") {
            text += Fixtures.textAt(Self.sources.appendingPathComponent(relative).path)
        }
        #expect(!text.isEmpty, "the sources were not found at \(Self.sources.path)")
        for key in WordKey.allCases {
            #expect(text.contains(".\(key)"), "WordKey.\(key) is used nowhere in Sources")
        }
    }
}
