/// `tools:`, the district's inventory: the keys of the section and of each tool. Integration over
/// addition: the plan says what it has, how each tool connects and whether it is used, before
/// it adds another.
extension PlanShapes {
    static let toolPurposes = ToolPurpose.allCases.map(\.rawValue)
    static let integrationStates = IntegrationState.allCases.map(\.rawValue)

    /// Seats or licences a tool may be written to have, and people counted active in it.
    public static let toolSeats = 0...10_000_000

    /// A count of people active in a tool on a day: an observation, counted in whole people.
    static let activeUsers = MappingShape("observation", "People active in the tool, counted on a date.", [
        .required("date", .date, "The day counted (the end of the period a report covers)."),
        .required("value", .integer(toolSeats), "How many people were active."),
    ])

    static let toolIntegration = MappingShape("tool integration", "How the tool connects, by each standard: yes, no or planned. A standard not written is no.", singleton: true, [
        .optional("sso", .choice(integrationStates), "Single sign-on (Google, Microsoft, Clever, SAML): one login for staff and students."),
        .optional("oneroster", .choice(integrationStates), "Classes and people from the SIS by OneRoster or another rostering feed: no class lists typed by hand."),
        .optional("lti", .choice(integrationStates), "Launched from the LMS by LTI."),
        .optional("grade_passback", .choice(integrationStates), "Grades sent back to the LMS or SIS."),
    ])

    static let privacyAgreement = MappingShape("privacy agreement", "The data privacy agreement with the tool's vendor.", singleton: true, [
        .required("agreement", .choice(PrivacyStatus.allCases.map(\.rawValue)), "signed, pending or none."),
        .optional("expires", .date, "The day a signed agreement ends."),
    ])

    static let toolDecision = MappingShape("tool decision", "What the district decides about the tool, and by when.", singleton: true, [
        .required("action", .choice(ToolAction.allCases.map(\.rawValue)), "keep, replace, retire or pilot."),
        .optional("by", .date, "The day the decision is made, such as the end of a review. Default: it is made."),
        .optional("replace_with", .identifier, "For replace: the id of the tool that takes its place."),
    ])

    public static let tool = MappingShape("tool", "A tool the district has: what it is for, where it is used, how it connects, whether it is used, and what it costs.", [
        .required("id", .identifier, "A short id no other tool has, used in goals' and milestones' 'tool' and 'introduces'."),
        .required("name", .text, "The tool's name, such as Seesaw."),
        .required("purpose", .choice(toolPurposes), "What it is for: \(toolPurposes.joined(separator: ", ")). Tools with one purpose in the same schools and grades overlap."),
        .optional("schools", .list(.identifier), "The schools using it. Default every school."),
        .optional("grades", .oneOf([.text, .list(.text)]), "The grades using it, such as K-2. Default every grade."),
        .optional("licences", .integer(toolSeats), "Seats or licences paid for."),
        .optional("active_users", .list(.mapping(activeUsers)), "People active in it, each count with its date: active users over licences is its utilization."),
        .optional("integration", .mapping(toolIntegration), "How it connects: {sso, oneroster, lti, grade_passback}, each yes, no or planned."),
        .optional("privacy", .mapping(privacyAgreement), "The data privacy agreement: {agreement: signed, pending or none, expires}."),
        .optional("cost", .money, "What it costs a year, such as 4,200: a software line in the budget every year, paid on 'renewal'."),
        .optional("funding", fundingSplit, "The source that pays its cost, or shares of several. Unfunded when not given."),
        .optional("renewal", .date, "The day it renews and is paid. Default: the first day of school."),
        .optional("owner", .text, "Who looks after it: a team or staff member, or a school's principal, by name."),
        .optional("decision", .mapping(toolDecision), "What is decided about it: {action: keep, replace, retire or pilot, by, replace_with}."),
        .optional("url", .text, "Where staff sign in, such as https://app.seesaw.me."),
    ])

    public static let tools = MappingShape("tools", "The district's tools: what it has, how they connect and whether they are used.", singleton: true, [
        .optional("low_utilization", .share, "Below this share of licences active a tool is barely used. Default \(ToolInventory.defaultLowUtilization)."),
        .optional("inventory", .list(.mapping(tool)), "The tools, one entry each."),
        .optional("import", .mapping(toolsImport), "An app report a portal exports, read into the inventory: {file, as_of, columns}. Its apps the inventory does not list are unvetted."),
    ])

    /// `tool:` and `introduces:` on a goal or milestone: the work is with a tool the district has, or brings in a new one.
    static func toolUseFields(_ what: String, default: String) -> [Field] {
        [
            .optional("tool", .identifier, "The id of the tool this \(what) is about, from 'tools'. Default \(`default`)."),
            .optional("introduces", .identifier, "The id of a new tool this \(what) brings in, from 'tools': which tool of the same purpose does it replace? Not with 'tool'."),
        ]
    }
}
