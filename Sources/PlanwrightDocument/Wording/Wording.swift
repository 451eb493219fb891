import Foundation

/// Every word a person reads, in one language: the texts of that language's strings file
/// (`Templates/strings/<language>.po`), its plural rule, and its way of writing dates, numbers
/// and money. Code asks for a text by key (`w(.schoolFocusHeading)`), fills named placeholders
/// (`w(.progressAsOf, ["date": …])`) and counts by the language's rule (`w.count(.staffCount, 12)`);
/// templates reach the plain texts as `{{{t.key}}}`.
///
/// A key a language's file lacks (or a translator marked fuzzy) is written in English, and
/// listed in `untranslated` so a build can say so; the shipped languages are complete (a test).
public struct Wording: Sendable {
    /// The language's code, the strings file's name: `en`, `es`.
    public let language: String
    package let entries: [String: Entry]
    private let rule: PluralRule
    package let formats: LanguageFormats
    /// Every plain text by key, for templates' `t.` names.
    public let texts: [String: String]
    /// Keys written in English because this language's file lacks them.
    public let untranslated: [String]

    package struct Entry: Sendable {
        package var forms: [Filling]
        /// The plural rule the forms follow: the language's, or English's for a fallback.
        var rule: PluralRule
    }

    package init(language: String, file: StringsFile, rule: PluralRule, english: Wording?) {
        self.language = language
        self.rule = rule
        formats = LanguageFormats(locale: file.locale ?? language)
        var entries: [String: Entry] = [:]
        for (key, entry) in file.entries {
            entries[key] = Entry(forms: entry.text.forms.map(Filling.init), rule: rule)
        }
        var untranslated: [String] = []
        if let english {
            for (key, entry) in english.entries where entries[key] == nil {
                entries[key] = entry
                untranslated.append(key)
            }
        }
        self.entries = entries
        self.untranslated = untranslated.sorted()
        var texts: [String: String] = [:]
        for (key, entry) in entries where entry.forms.count == 1 && entry.forms[0].isPlain {
            texts[key] = entry.forms[0].fill([:])
        }
        self.texts = texts
    }

    /// The text of `key`, its `{name}` placeholders filled from `values`. Code in the outputs
    /// names keys through `WordKey`; messages name them in a `Message`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] else { return Self.absent(key) }
        return entry.forms[0].fill(values)
    }

    /// The form of `key` that agrees with `n` by the language's plural rule, with `{count}`
    /// written as the language writes numbers: "1 school", "12 schools", "1.200 escuelas".
    public func text(_ key: String, count n: Int, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key] else { return Self.absent(key) }
        var values = values
        values["count"] = number(n)
        let form = entry.rule.form(for: n)
        return entry.forms[min(form, entry.forms.count - 1)].fill(values)
    }

    /// Whether the language (or English, its fallback) has a text for `key`.
    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// A whole number with the language's grouping: "12,125" (en), "12,125" (es_US).
    public func number(_ n: Int) -> String { formats.number(n) }

    /// A key no file has: only a key used in code without its English text, which the
    /// coverage tests refuse; shown in brackets so it can never pass for a sentence.
    private static func absent(_ key: String) -> String { "[\(key)]" }
}

extension Wording {
    /// A text cut at its `{name}` placeholders once, when the file is read, so filling it is a walk.
    package struct Filling: Sendable {
        enum Part: Sendable { case text(String), value(String) }
        let parts: [Part]

        package init(_ text: String) {
            var parts: [Part] = []
            var rest = text[...]
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}"),
                      rest[rest.index(after: open)..<close].allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }),
                      rest.index(after: open) < close else {
                    parts.append(.text(String(rest[...open])))
                    rest = rest[rest.index(after: open)...]
                    continue
                }
                if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
                parts.append(.value(String(rest[rest.index(after: open)..<close])))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { parts.append(.text(String(rest))) }
            self.parts = parts
        }

        package var isPlain: Bool { parts.allSatisfy { if case .text = $0 { true } else { false } } }

        /// The placeholder names, for the check that every language fills the same ones.
        package var placeholders: Set<String> {
            Set(parts.compactMap { if case let .value(name) = $0 { name } else { nil } })
        }

        /// A placeholder with no value stays as written (`{name}`): visible, and caught by tests.
        package func fill(_ values: [String: String]) -> String {
            var result = ""
            for part in parts {
                switch part {
                case let .text(text): result += text
                case let .value(name): result += values[name] ?? "{\(name)}"
                }
            }
            return result
        }
    }
}
