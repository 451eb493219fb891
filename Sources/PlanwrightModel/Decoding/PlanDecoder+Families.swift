import PlanwrightDocument

/// Decoding what families are told: text per language, home languages, family help and the
/// languages family pages are made in.
extension PlanDecoder {
    /// Plain text (the plan's language, English), or `{en: …, es: …}`, which must give the English
    /// every other language falls back to.
    func localizedText(_ fields: Fields, _ key: String) -> LocalizedText? {
        guard let node = fields[key] else { return nil }
        return localizedText(node, fields.describing(key))
    }

    func localizedText(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> LocalizedText? {
        guard node.isMapping else { return reader.text(node, what()).map(LocalizedText.init) }
        var byLanguage: [String: String] = [:]
        for (key, value) in node.pairs {
            guard let code = reader.languageCode(key, Message("decode_a_language_of", ["what": .message(what())])),
                  let text = reader.text(value, Message("decode_text_in_language", ["language": LanguageCode.value(code), "what": .message(what())])) else { continue }
            byLanguage[code] = text
        }
        guard byLanguage[LocalizedText.planLanguage] != nil else {
            reader.error(Message("decode_text_needs_english", ["what": .message(what())]), at: node)
            return nil
        }
        return LocalizedText(byLanguage: byLanguage)
    }

    /// `home_languages: {en: 310, es: 205}` of a school.
    func homeLanguages(_ fields: Fields) -> [HomeLanguage] {
        fields["home_languages"].map { reader.homeLanguages($0, fields.describing("home_languages")) } ?? []
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
            guard let code = reader.languageCode(item, Message("decode_each_of", ["what": .message(fields.describing("languages"))])) else { return nil }
            guard seen.insert(code).inserted else {
                reader.error(Message("decode_language_twice", ["what": .message(fields.describing("languages")), "code": .text(code)]), at: item)
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
