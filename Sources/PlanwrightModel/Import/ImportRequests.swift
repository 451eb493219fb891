import PlanwrightDocument

/// The files a plan names to import, as decoding finds them; the loader's import step reads them.
///
/// Decoding reads only the plan file, so that every file a plan names is read in one place, by
/// the same rules (`SourceFiles`, the plan's `PlanTree`), and the model holds only what the plan says.
struct ImportRequests {
    /// `year.import`: the `.ics` files whose all-day events are closures, in the order written.
    var calendars: [NamedFile] = []
    /// `year.import_rules`: what the district's own event words mean, before the defaults.
    var calendarRules: [EventRule] = []
    /// `schools: {oneroster: folder, survey: file}`.
    var roster: RosterRequest?
    /// `voices.surveys`: the survey exports, in the order written.
    var voices: [VoiceRequest] = []

    /// A path as the plan writes it (for messages and where it is written), and as the loader opens it.
    struct NamedFile {
        var written: Located<String>
        /// Resolved against the plan file's folder.
        var path: String
    }

    struct RosterRequest {
        var folder: NamedFile
        var survey: NamedFile?
        /// `needs_support` and `principals` by school id, as written: they can be checked only
        /// against the schools the roster gives, so they are read once it has been.
        var needsSupport: [(key: YAMLNode, value: YAMLNode)]
        var principals: [(key: YAMLNode, value: YAMLNode)]
        /// `home_languages` by school id, as written, checked likewise.
        var homeLanguages: [(key: YAMLNode, value: YAMLNode)] = []
        /// `delta`: whether a delta export is read.
        var delta: DeltaExport = .refuse
    }

    /// One survey of `voices:`: its file and how to read its columns.
    struct VoiceRequest {
        var file: NamedFile
        var group: VoiceGroup
        var schoolColumn: Located<String>?
        var scale: [VoiceAnswer]
        var questions: [VoiceQuestion]
    }

    /// An answer's wording (`"Strongly agree"`) and the level it means.
    struct VoiceAnswer {
        var wording: String
        var level: Level
    }

    /// A question's column by its header, and the indicator it rates; nil for free text.
    struct VoiceQuestion {
        var column: Located<String>
        var indicator: String?
    }
}
