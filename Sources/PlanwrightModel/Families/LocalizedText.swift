/// Plan text a family or student page shows, in one or more languages: a plain string is the
/// plan's own language, English; `{en: "…", es: "…"}` gives it per language (ISO 639-1 codes).
public struct LocalizedText: Sendable, Codable, Equatable {
    /// The text by language code; always holds `LocalizedText.planLanguage`.
    public private(set) var byLanguage: [String: String]

    /// The language plain plan text is written in.
    public static let planLanguage = "en"

    public init(_ text: String) { byLanguage = [Self.planLanguage: text] }

    /// `byLanguage` must hold the plan's language; the decoder makes sure it does.
    public init(byLanguage: [String: String]) {
        precondition(byLanguage[Self.planLanguage] != nil, "localized plan text always has its English")
        self.byLanguage = byLanguage
    }

    /// The plan's own text, in English.
    public var english: String { byLanguage[Self.planLanguage] ?? "" }

    /// The text in `language`, or the English when the plan gives none in it (`translated` false:
    /// the page says that parts of it appear in English).
    public func text(in language: String) -> (text: String, translated: Bool) {
        if let text = byLanguage[language] { return (text, true) }
        return (english, language == Self.planLanguage)
    }
}
