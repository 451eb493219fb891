import PlanwrightDocument

/// The files a plan names to import, as decoding finds them; the loader's import step reads them.
///
/// Decoding reads only the plan file, so that every file a plan names is read in one place, by
/// the same rules (`SourceFiles`, the plan's `PlanTree`), and the model holds only what the plan says.
package struct ImportRequests {
    /// `year.import`: the `.ics` files whose all-day events are closures, in the order written.
    package var calendars: [NamedFile] = []
    /// `year.import_rules`: what the district's own event words mean, before the defaults.
    package var calendarRules: [EventRule] = []
    /// `schools: {oneroster: folder, survey: file}`.
    package var roster: RosterRequest?
    /// `voices.surveys`: the survey exports, in the order written.
    package var voices: [VoiceRequest] = []
    /// `tools.import`: a portal's application report, read into the tool inventory.
    package var appReport: AppReportRequest?

    /// A path as the plan writes it (for messages and where it is written), and as the loader opens it.
    package struct NamedFile {
        package var written: Located<String>
        /// Resolved against the plan file's folder.
        package var path: String
    }

    package struct RosterRequest {
        package var folder: NamedFile
        package var survey: NamedFile?
        /// `needs_support` and `principals` by school id, as written: they can be checked only
        /// against the schools the roster gives, so they are read once it has been.
        package var needsSupport: [(key: YAMLNode, value: YAMLNode)]
        package var principals: [(key: YAMLNode, value: YAMLNode)]
        /// `home_languages` by school id, as written, checked likewise.
        package var homeLanguages: [(key: YAMLNode, value: YAMLNode)] = []
        /// `delta`: whether a delta export is read.
        package var delta: DeltaExport = .refuse
    }

    /// One survey of `voices:`: its file and how to read its columns.
    package struct VoiceRequest {
        package var file: NamedFile
        package var group: VoiceGroup
        package var schoolColumn: Located<String>?
        package var scale: [VoiceAnswer]
        package var questions: [VoiceQuestion]
    }

    /// An answer's wording (`"Strongly agree"`) and the level it means.
    package struct VoiceAnswer {
        package var wording: String
        package var level: Level
    }

    /// A question's column by its header, and the indicator it rates; nil for free text.
    package struct VoiceQuestion {
        package var column: Located<String>
        package var indicator: String?
    }

    /// `tools: {import: {file, as_of, columns}}`: an app report and how to read its columns.
    package struct AppReportRequest {
        package var file: NamedFile
        /// The end of the period the report counts: the day its active users are counted on.
        package var asOf: Located<SchoolDate>
        /// The export's header for each field the plan maps; the others are found by their usual headers.
        package var columns: [AppReportField: Located<String>] = [:]
    }
}
