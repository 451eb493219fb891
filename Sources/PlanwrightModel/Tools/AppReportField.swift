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
}
