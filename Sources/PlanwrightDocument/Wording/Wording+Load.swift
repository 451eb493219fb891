import Foundation
import PlanwrightTemplates

extension Wording {
    /// The languages a build may be asked for, and a strings file's name: a code such as `en`,
    /// `es`, `pt-BR`, never a path.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (2...3).contains(parts[0].count),
              parts[0].utf8.allSatisfy({ (97...122).contains($0) }) else { return false }
        return parts.count == 1 || ((2...8).contains(parts[1].count) && parts[1].utf8.allSatisfy { (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) })
    }

    /// English as shipped, the language every other one falls back to. The file is part of the
    /// program like its templates, and a test reads it; a damaged install stops here with the reason.
    public static let english: Wording = {
        let loaded = load(language: "en")
        guard let english = loaded.value else {
            // Not `Diagnostic.message`: that words through `Wording.english`, the very value being made.
            fatalError("Planwright's English strings file is damaged: \(loaded.diagnostics.map { $0.content.englishText ?? $0.content.key }.joined(separator: "; "))")
        }
        return english
    }()

    /// One language's wording: the strings file in the `--templates` folder's `strings/` when it
    /// has one, else the built-in one. Nil, with the reasons, when the file is missing or broken.
    public static func load(language: String, overrides: URL? = nil) -> Checked<Wording?> {
        guard isLanguageCode(language) else {
            return Checked(nil, diagnostics: [.error(english: "'\(Excerpt.of(language))' is not a language code such as en, es or pt-BR", at: nil)])
        }
        let english = language == "en" ? nil : Wording.english
        let candidates = (overrides.map { [$0.appendingPathComponent("strings", isDirectory: true)] } ?? []) + [TemplateResources.stringsDirectory]
        for folder in candidates {
            let path = folder.appendingPathComponent("\(language).po").path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            // English for good, like every message here: these report the strings file that would word them.
            let inside = PlanTree(folder: folder.path, called: .english("the strings folder"), advice: .english("copy the file into the strings folder instead"))
            switch SourceFiles.read(path, inside: inside, limits: .strings) {
            case let .failure(problem):
                let reason = Self.englishReason(problem.reason, english: english ?? (overrides == nil ? nil : Wording.english))
                return Checked(nil, diagnostics: [.error(english: "the strings file for '\(language)' cannot be used: \(reason)", at: SourceLocation(file: path, line: 1, column: 1))])
            case let .success(source):
                guard let text = String(bytes: source.bytes, encoding: .utf8) else {
                    return Checked(nil, diagnostics: [.error(english: "cannot read the strings file '\(path)' as UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))])
                }
                return read(text, path: path, language: language, english: english, source: source)
            }
        }
        let expected = candidates.map { $0.appendingPathComponent("\(language).po").path }.joined(separator: " or ")
        return Checked(nil, diagnostics: [.error(english: "there are no words for the language '\(language)': Planwright looked for \(expected); "
                                                 + "to add a language, copy en.po there under the language's code and translate it", at: nil)])
    }

    /// A file check's reason in English. Built-in English itself cannot be read while it is being
    /// loaded (`english` is nil only then), and its failure stops Planwright as a damaged install:
    /// the reason's key is said then, the one thing known without the strings file.
    private static func englishReason(_ reason: Message, english: Wording?) -> String {
        english?.say(reason) ?? reason.englishText ?? reason.key
    }

    /// A strings file's text made into a language's wording, checked against English.
    static func read(_ text: String, path: String, language: String, english: Wording?, source: SourceText? = nil) -> Checked<Wording?> {
        var (file, diagnostics) = StringsFile.parse(text, path: path)
        let header = SourceLocation(file: path, line: file.headerLine, column: 1)
        var rule = PluralRule.oneOther
        if let forms = file.pluralForms {
            switch PluralRule.parse(forms) {
            case let .success(parsed): rule = parsed
            case let .failure(problem): diagnostics.append(.error(english: "the header's Plural-Forms cannot be used: \(problem.reason)", at: header))
            }
        } else {
            diagnostics.append(.error(english: "the header has no Plural-Forms line saying how the language counts (English: nplurals=2; plural=(n != 1);)", at: header))
        }
        for key in file.keys {
            let entry = file.entries[key]!
            let at = SourceLocation(file: path, line: entry.line, column: 1)
            if case let .plural(forms) = entry.text, forms.count != rule.count {
                diagnostics.append(.error(english: "'\(Excerpt.of(key))' has \(forms.count) plural forms, but the header's Plural-Forms says the language has \(rule.count)", at: at))
            }
            guard let english, let original = english.entries[key] else { continue }
            let wanted = original.forms.reduce(into: Set<String>()) { $0.formUnion($1.placeholders) }
            let given = entry.text.forms.reduce(into: Set<String>()) { $0.formUnion(Filling($1).placeholders) }
            if wanted != given {
                let missing = wanted.subtracting(given).sorted().map { "{\($0)}" }, extra = given.subtracting(wanted).sorted().map { "{\($0)}" }
                let parts = (missing.isEmpty ? [] : ["lacks \(missing.joined(separator: ", "))"]) + (extra.isEmpty ? [] : ["has \(extra.joined(separator: ", ")), which English does not fill"])
                diagnostics.append(.error(english: "the text of '\(Excerpt.of(key))' \(parts.joined(separator: " and ")): translate the words, keep the names in braces", at: at))
            }
        }
        let sources = source.map { [$0] } ?? []
        guard !diagnostics.hasErrors else { return Checked(nil, diagnostics: diagnostics, sources: sources) }
        return Checked(Wording(language: language, file: file, rule: rule, english: english), diagnostics: diagnostics, sources: sources)
    }
}
