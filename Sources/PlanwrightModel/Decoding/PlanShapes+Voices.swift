/// `voices:`, stakeholder surveys: the keys of the section and of each survey.
extension PlanShapes {
    /// The value a question maps to when its answers are words, never levels: counted, never printed.
    public static let freeText = "free-text"

    public static let voiceSurvey = MappingShape("survey", "One survey's results: a CSV file as Google Forms or Microsoft Forms exports it, one row per response.", [
        .required("file", .text, "The CSV export, relative to the plan, inside the plan's folder."),
        .required("group", .choice(VoiceGroup.allCases.map(\.rawValue)), "Who answered: teachers, students, families or staff."),
        .optional("school_column", .text, "The column holding the respondent's school, by its header; its values are school ids or names (any case or accents)."),
        .optional("scale", .dictionary(key: "answer", value: .level),
                  "Each answer's wording and the framework level it means, such as {\"Strongly disagree\": 1, \"Agree\": 3}. Answers that are level numbers or names need no entry."),
        .required("questions", .dictionary(key: "column header", value: .identifier),
                  "Each question's column, by its header, and the indicator id its answers rate, or \(freeText) for an open question (its answers are counted, never printed)."),
    ])

    public static let voices = MappingShape("voices", "What teachers, students and families said in surveys, compared with the team's ratings.", singleton: true, [
        .optional("min_responses", .integer(2...1000),
                  "The fewest responses a figure is shown for, per group and per school; fewer read 'fewer than N'. Default \(Voices.defaultMinResponses)."),
        .required("surveys", .list(.mapping(voiceSurvey)), "The survey exports."),
    ])
}
