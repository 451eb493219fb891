import Foundation
import PlanwrightDocument
import PlanwrightModel

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
    let entries: [String: Entry]
    private let rule: PluralRule
    let formats: LanguageFormats
    /// Every plain text by key, for templates' `t.` names.
    public let texts: [String: String]
    /// Keys written in English because this language's file lacks them.
    public let untranslated: [String]

    struct Entry: Sendable {
        var forms: [Filling]
        /// The plural rule the forms follow: the language's, or English's for a fallback.
        var rule: PluralRule
    }

    init(language: String, file: StringsFile, rule: PluralRule, english: Wording?) {
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

    /// The text of `key`, its `{name}` placeholders filled from `values`.
    public func callAsFunction(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key.rawValue] else { return Self.absent(key) }
        return entry.forms[0].fill(values)
    }

    /// The form of `key` that agrees with `n` by the language's plural rule, with `{count}`
    /// written as the language writes numbers: "1 school", "12 schools", "1.200 escuelas".
    public func count(_ key: WordKey, _ n: Int, _ values: [String: String] = [:]) -> String {
        guard let entry = entries[key.rawValue] else { return Self.absent(key) }
        var values = values
        values["count"] = number(n)
        let form = entry.rule.form(for: n)
        return entry.forms[min(form, entry.forms.count - 1)].fill(values)
    }

    /// A whole number with the language's grouping: "12,125" (en), "12,125" (es_US).
    public func number(_ n: Int) -> String { formats.number(n) }

    /// An amount as the language writes it, cents only where there are some: "$18,400", "$18,400.50".
    public func money(_ money: Money, currency: Currency) -> String { formats.money(money, currency: currency) }

    /// A day as people read it: "Fri, Oct 2", or with its year ("Fri, Oct 2, 2026") for a date
    /// outside the plan's school year, in the language's order and names.
    public func day(_ date: SchoolDate, withYear: Bool = false) -> String {
        let (_, month, day) = date.components
        var values = ["weekday": formats.weekdays[date.weekday.rawValue], "month": formats.months[month - 1], "day": number(day)]
        guard withYear else { return self(.dateShort, values) }
        values["year"] = date.yearText
        return self(.dateWithYear, values)
    }

    /// A key no file has: only a key added to `WordKey` without its English text, which the
    /// coverage test refuses; shown in brackets so it can never pass for a sentence.
    private static func absent(_ key: WordKey) -> String { "[\(key.rawValue)]" }
}

extension Wording {
    /// A text cut at its `{name}` placeholders once, when the file is read, so filling it is a walk.
    struct Filling: Sendable {
        enum Part: Sendable { case text(String), value(String) }
        let parts: [Part]

        init(_ text: String) {
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

        var isPlain: Bool { parts.allSatisfy { if case .text = $0 { true } else { false } } }

        /// The placeholder names, for the check that every language fills the same ones.
        var placeholders: Set<String> {
            Set(parts.compactMap { if case let .value(name) = $0 { name } else { nil } })
        }

        /// A placeholder with no value stays as written (`{name}`): visible, and caught by tests.
        func fill(_ values: [String: String]) -> String {
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
