import PlanwrightDocument
import PlanwrightModel

/// One app as a row of an app report shows it, its values read and checked.
struct AppReportRow {
    var name: String
    /// The app's address as the export writes it, and its host for matching (`www.` aside).
    var url: String?
    var host: String?
    var tags: [String] = []
    /// People active over the report's period; nil when the cell is blank or says "-" or "N/A".
    var activeUsers: Located<Int>?
    var minutes: Double?
    /// The most active schools, as the cell names them, in its order.
    var schools: [String] = []
    var schoolsCell: SourceLocation?
    /// The status as written, and the privacy agreement it means when it is a word Planwright reads.
    var status: Located<String>?
    var privacy: PrivacyStatus?
    /// The row's start (line and column 1): where the tool it shows is `reported`.
    var location: SourceLocation
    /// `apps.csv row 7:`, the start of a message about this row.
    var place: Message
    /// The row's number in the file, for messages that name it from elsewhere.
    var line: Int
}
