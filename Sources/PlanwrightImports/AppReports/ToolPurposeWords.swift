import PlanwrightModel

/// The purpose a report's tags give an app the plan does not list: the first tag that names one
/// (`Assessment|Math|K-5` is an assessment tool); with none, `other`. Tags are the portal's
/// own categories, so each purpose is found by the stem of the words they use for it.
enum ToolPurposeWords {
    static func purpose(of tags: [String]) -> ToolPurpose {
        for tag in tags {
            let key = AppStatusWords.key(tag)
            if let exact = ToolPurpose(rawValue: key), exact != .other { return exact }
            if let match = stems.first(where: { key.contains($0.stem) }) { return match.purpose }
        }
        return .other
    }

    private static let stems: [(stem: String, purpose: ToolPurpose)] = [
        ("learning management", .lms), ("course management", .lms),
        ("student information", .sis),
        ("assess", .assessment), ("testing", .assessment), ("quiz", .assessment),
        ("curricul", .curriculum), ("courseware", .curriculum), ("instructional content", .curriculum),
        ("intervention", .intervention), ("tutoring", .intervention),
        ("communicat", .communication), ("messaging", .communication),
        ("productivity", .productivity), ("office", .productivity),
    ]
}
