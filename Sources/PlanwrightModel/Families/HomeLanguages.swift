import PlanwrightDocument

/// The languages a school's families speak at home, with how many families speak each
/// (`home_languages: {en: 310, es: 205, vi: 12}`), in the order the plan writes them.
public struct HomeLanguage: Sendable, Codable, Equatable {
    /// ISO 639-1, lowercase.
    public var code: String
    public var families: Int

    public init(code: String, families: Int) {
        self.code = code
        self.families = families
    }
}

/// What the plan says about family pages: the languages they are made in, and the help
/// families can get. A school may give its own help in place of the district's.
public struct FamilySettings: Sendable {
    /// ISO 639-1 codes, as written; English alone when the plan says nothing.
    public var languages: [Located<String>] = []
    public var help: [FamilyHelp] = []
    public var location: SourceLocation?
    public init() {}

    /// The languages family pages are made in: the plan's, or English.
    public var languageCodes: [String] { languages.isEmpty ? [LocalizedText.planLanguage] : languages.map(\.value) }
}

/// One way families get help: a hotspot to borrow, a device repaired, a help line to call.
public struct FamilyHelp: Sendable, Codable, Equatable {
    public var what: FamilyHelpKind
    /// What the plan says of it, for families; the page words the kind itself when absent.
    public var text: LocalizedText?
    public var phone: String?
    public var url: String?
    public var email: String?

    public init(what: FamilyHelpKind, text: LocalizedText? = nil, phone: String? = nil, url: String? = nil, email: String? = nil) {
        self.what = what
        self.text = text
        self.phone = phone
        self.url = url
        self.email = email
    }
}

/// The kinds of help a family page names, each with its own heading in every language.
public enum FamilyHelpKind: String, CaseIterable, Sendable, Codable {
    case hotspots
    case devices
    case repairs
    case accounts
    case helpLine = "help-line"
    case feedback
    case other
}
