/// What an app report (`tools.import`) says of each app, one column each: the keys of the
/// import's `columns:`, by which a plan names the headers its portal's export uses.
package enum AppReportField: String, CaseIterable, Sendable {
    case name
    case url
    /// Categories, separated by `|` in one cell (`LMS|Grades 6-12`).
    case tags
    /// People active over the period the report counts.
    case activeUsers = "active_users"
    /// Minutes of use over that period: read and checked, not yet shown (the inventory counts people).
    case minutes
    /// The most active schools, as a list in one cell.
    case schools
    /// The review or privacy-risk status: whether the district has a privacy agreement.
    case status

    /// The headers portals usually give it (ClassLink Analytics, Clever's app usage, Google
    /// Admin's app report, LearnPlatform's inventory), the most common first: the column is
    /// found by these where the plan maps none, and the schema lists them.
    package var usualHeaders: [String] {
        switch self {
        case .name: ["App Name", "Application Name", "Application", "App", "Product Name", "Product", "Name"]
        case .url: ["URL", "App URL", "Launch URL", "Website", "Domain"]
        case .tags: ["Tags", "Categories", "Category", "Labels"]
        case .activeUsers: ["Active Users", "Unique Users", "Users", "Total Users"]
        case .minutes: ["Usage Minutes", "Minutes", "Total Minutes", "Time Spent (Minutes)", "Minutes Used"]
        case .schools: ["Top Schools", "Most Active Schools", "Schools", "Top Buildings"]
        case .status: ["Privacy Status", "Approval Status", "Privacy Risk", "Review Status", "DPA Status", "Status"]
        }
    }

    /// Without the name and the count of active users a row says nothing the inventory can use;
    /// the other fields are read where the export has them.
    package var isRequired: Bool { self == .name || self == .activeUsers }
}
