/// The keys of what families are told: the languages their pages are made in, help, and plan
/// text given per language.
extension PlanShapes {
    /// Text a family page shows: plain text in the plan's language (English), or the text per
    /// language, keyed by ISO 639-1 code, English among them.
    static func localized(_ text: Shape) -> Shape {
        .oneOf([text, .dictionary(key: "language code", value: text)])
    }

    static let familyHelpKinds = FamilyHelpKind.allCases.map(\.rawValue)

    public static let familyHelp = MappingShape("family help", "One way families get help, shown on the family and student pages.", [
        .required("what", .choice(familyHelpKinds),
                  "hotspots, devices, repairs, accounts, help-line, feedback or other: the page's heading for it, in each language."),
        .optional("text", localized(.text), "What families should know, such as 'Borrow a hotspot from the front office', or per language: {en: …, es: …}."),
        .optional("phone", .text, "A phone number to call."),
        .optional("url", .text, "A web address, such as the feedback survey's: a link on the pages when it starts http://, https://, mailto: or tel:."),
        .optional("email", .text, "An email address."),
    ])

    public static let families = MappingShape("families", "Family and student pages: their languages and where families get help.", singleton: true, [
        .optional("languages", .list(.text),
                  "The languages family pages are made in, as ISO 639-1 codes, such as [en, es]; each needs Templates/strings/<code>.po. Default [en]."),
        .optional("help", .list(.mapping(familyHelp)), "Help for families at every school: hotspots, repairs, a help line, feedback."),
    ])

    public static let schoolFamilies = MappingShape("school's families", "What this school's family page says in place of the district's.", singleton: true, [
        .optional("help", .list(.mapping(familyHelp)), "Help for this school's families, in place of the district's list."),
    ])

    /// Families by the language they speak at home.
    static let familyCount = 0...1_000_000
}
