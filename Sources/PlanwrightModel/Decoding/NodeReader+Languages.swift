import PlanwrightDocument

/// Languages as a plan names them: by ISO 639-1 code, in `home_languages`, `families.languages`
/// and text given per language. Read here so the decoder and the roster import say them alike.
extension NodeReader {
    /// An ISO 639-1 code, two lowercase letters: `es`, not `ES`, `spa` or `Spanish`.
    func languageCode(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> String? {
        guard let text = text(node, what()) else { return nil }
        if LanguageCode.englishName(text) != nil { return text }
        let lower = text.lowercased()
        // A language's name is matched in English only, as the plan wrote it: "Spanish is 'es'".
        let hint: Message.Value = LanguageCode.englishName(lower) != nil ? .message(Message("decode_language_write_lowercase", ["code": .text(lower)]))
            : LanguageCode.code(named: text).map { .message(Message("decode_language_name_is_code", ["name": .text(text), "code": .text($0)])) }
            ?? Self.didYouMean(text, in: LanguageCode.all)
        error(Message("decode_not_language_code", ["what": .message(what()), "text": .text(Excerpt.of(text)), "hint": hint]), at: node)
        return nil
    }

    /// `{en: 310, es: 205}`: each a language code and a whole number of families.
    func homeLanguages(_ node: YAMLNode, _ what: Message) -> [HomeLanguage] {
        guard node.isMapping else {
            error(Message("decode_home_languages_not_mapping", ["what": .message(what), "found": .message(node.kindPhrase)]), at: node)
            return []
        }
        return node.pairs.compactMap { key, value in
            guard let code = languageCode(key, Message("decode_each_language_of", ["what": .message(what)])),
                  let count = integer(value, Message("decode_families_speaking", ["language": LanguageCode.value(code), "what": .message(what)]),
                                      in: PlanShapes.familyCount) else { return nil }
            return HomeLanguage(code: code, families: count)
        }
    }
}
