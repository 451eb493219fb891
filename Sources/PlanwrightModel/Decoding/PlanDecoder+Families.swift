import PlanwrightDocument

/// Decoding what families are told: text per language, home languages, family help and the
/// languages family pages are made in.
extension PlanDecoder {
    /// Plain text (the plan's language, English), or `{en: …, es: …}`, which must give the English
    /// every other language falls back to.
    func localizedText(_ fields: Fields, _ key: String) -> LocalizedText? {
        guard let node = fields[key] else { return nil }
        return localizedText(node, fields.describe(key))
    }

    func localizedText(_ node: YAMLNode, _ what: @autoclosure () -> String) -> LocalizedText? {
        guard node.isMapping else { return reader.text(node, what()).map(LocalizedText.init) }
        var byLanguage: [String: String] = [:]
        for (key, value) in node.pairs {
            guard let code = languageCode(key, "a language of \(what())"), let text = reader.text(value, "the \(LanguageCode.englishName(code) ?? code) of \(what())") else { continue }
            byLanguage[code] = text
        }
        guard byLanguage[LocalizedText.planLanguage] != nil else {
            reader.error("\(what()) needs its English, under 'en': it is what a page shows where a language has no text of its own", at: node)
            return nil
        }
        return LocalizedText(byLanguage: byLanguage)
    }

    /// An ISO 639-1 code, two lowercase letters: `es`, not `ES`, `spa` or `Spanish`.
    func languageCode(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let text = reader.text(node, what()) else { return nil }
        if LanguageCode.englishName(text) != nil { return text }
        let lower = text.lowercased()
        let hint = LanguageCode.englishName(lower) != nil ? "; write it '\(lower)'"
            : LanguageCode.code(named: text).map { "; \(text) is '\($0)'" } ?? Suggestion.didYouMean(text, in: LanguageCode.all)
        reader.error("\(what()) must be a two-letter ISO 639-1 language code, such as en, es or vi; found '\(Excerpt.of(text))'\(hint)", at: node)
        return nil
    }

    /// `home_languages: {en: 310, es: 205}`: each a language code and a whole number of families.
    func homeLanguages(_ fields: Fields) -> [HomeLanguage] {
        reader.dictionary(fields, "home_languages").compactMap { key, value in
            guard let code = languageCode(key, "each language of \(fields.describe("home_languages"))"),
                  let count = reader.integer(value, "the families speaking \(LanguageCode.englishName(code) ?? code) in \(fields.describe("home_languages"))",
                                             in: PlanShapes.familyCount) else { return nil }
            return HomeLanguage(code: code, families: count)
        }
    }

    /// A school's own `families:`, or the plan's: the help listed there.
    func familyHelp(_ fields: Fields) -> [FamilyHelp] {
        reader.list(fields, "help").compactMap { node -> FamilyHelp? in
            guard let help = reader.fields(of: node, PlanShapes.familyHelp),
                  let what = reader.choice(help, "what", as: FamilyHelpKind.self) else { return nil }
            return FamilyHelp(what: what, text: localizedText(help, "text"), phone: reader.text(help, "phone"),
                              url: reader.text(help, "url"), email: reader.text(help, "email"))
        }
    }

    func decodeFamilies(_ node: YAMLNode) -> FamilySettings? {
        guard let fields = reader.fields(of: node, PlanShapes.families) else { return nil }
        var settings = FamilySettings()
        settings.location = node.location
        var seen = Set<String>()
        settings.languages = reader.list(fields, "languages").compactMap { item in
            guard let code = languageCode(item, "each of \(fields.describe("languages"))") else { return nil }
            guard seen.insert(code).inserted else {
                reader.error("\(fields.describe("languages")) names '\(code)' twice; keep one", at: item)
                return nil
            }
            return Located(code, at: item.location)
        }
        settings.help = familyHelp(fields)
        return settings
    }

    func decodeSchoolFamilies(_ fields: Fields) -> [FamilyHelp]? {
        guard let node = fields["families"], let families = reader.fields(of: node, PlanShapes.schoolFamilies) else { return nil }
        return familyHelp(families)
    }
}
