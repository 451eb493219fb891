import PlanwrightDocument

/// Languages as a plan names them: by ISO 639-1 code, in `home_languages`, `families.languages`
/// and text given per language. Read here so the decoder and the roster import say them alike.
extension NodeReader {
    /// An ISO 639-1 code, two lowercase letters: `es`, not `ES`, `spa` or `Spanish`.
    func languageCode(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let text = text(node, what()) else { return nil }
        if LanguageCode.englishName(text) != nil { return text }
        let lower = text.lowercased()
        let hint = LanguageCode.englishName(lower) != nil ? "; write it '\(lower)'"
            : LanguageCode.code(named: text).map { "; \(text) is '\($0)'" } ?? Suggestion.didYouMean(text, in: LanguageCode.all)
        error(english: "\(what()) must be a two-letter ISO 639-1 language code, such as en, es or vi; found '\(Excerpt.of(text))'\(hint)", at: node)
        return nil
    }

    /// `{en: 310, es: 205}`: each a language code and a whole number of families.
    func homeLanguages(_ node: YAMLNode, _ what: String) -> [HomeLanguage] {
        guard node.isMapping else {
            error(english: "\(what) must be keys and values, such as {en: 310, es: 205}; found \(node.kindDescription)", at: node)
            return []
        }
        return node.pairs.compactMap { key, value in
            guard let code = languageCode(key, "each language of \(what)"),
                  let count = integer(value, "the families speaking \(LanguageCode.englishName(code) ?? code) in \(what)", in: PlanShapes.familyCount) else { return nil }
            return HomeLanguage(code: code, families: count)
        }
    }
}
