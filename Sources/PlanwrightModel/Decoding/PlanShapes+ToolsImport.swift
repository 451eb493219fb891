/// `tools.import`: a portal's app report, read into the inventory, and the headers of its columns.
extension PlanShapes {
    static let appReportColumns = MappingShape("column mapping", "The export's header for each field, where the portal's differs from the usual ones. Headers match whatever their case, spaces, _ or -.", singleton: true,
        AppReportField.allCases.map { field in
            .optional(field.rawValue, .text, "\(appReportFieldDocs[field] ?? "") Default: the first of \(field.usualHeaders.joined(separator: ", ")).")
        })

    private static let appReportFieldDocs: [AppReportField: String] = [
        .name: "The app's name: a row whose name is a tool's name or id (case, accents and punctuation aside) is that tool. The export must have it.",
        .url: "The app's address: a row whose host is a tool's url's host is that tool.",
        .tags: "Its categories, separated by |: the first that names a purpose (LMS, assessment, …) is an unlisted app's purpose.",
        .activeUsers: "People active over the report's period, recorded on 'as_of'. The export must have it.",
        .minutes: "Minutes of use over the period.",
        .schools: "The most active schools, as a list in one cell, by id or name.",
        .status: "The review or privacy-risk status (Approved, In Review, Not Approved, …), compared with the tool's privacy agreement.",
    ]

    public static let toolsImport = MappingShape("app report", "An app report: the CSV a single-sign-on or app-management portal (ClassLink, Clever, Google Admin, LearnPlatform) exports, one row per app.", singleton: true, [
        .required("file", .text, "The CSV export, relative to the plan, inside the plan's folder."),
        .required("as_of", .date, "The last day of the period the report counts: the day its active users are recorded on."),
        .optional("columns", .mapping(appReportColumns), "The export's header for each field, where the usual ones are not found: {name, url, tags, active_users, minutes, schools, status}."),
    ])
}
