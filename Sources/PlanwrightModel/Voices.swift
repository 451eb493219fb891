import PlanwrightDocument

/// `voices:`: what stakeholders said in surveys, read from the CSV files forms export.
///
/// Only what the summary needs is kept: each respondent's school and their answers on the
/// framework's scale. Names, emails and the text of free-text answers never enter the plan.
public struct Voices: Sendable {
    /// Fewer responses than this and no figure is shown (`min_responses`, default 5).
    public var minResponses: Int = Voices.defaultMinResponses
    public var surveys: [VoiceSurvey] = []
    public init() {}

    public static let defaultMinResponses = 5
}

/// Who answered a survey.
public enum VoiceGroup: String, CaseIterable, Sendable, Codable, Comparable {
    case teachers, students, families, staff

    public static func < (a: VoiceGroup, b: VoiceGroup) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One survey's export, read.
public struct VoiceSurvey: Sendable {
    public var group: VoiceGroup
    /// The file as the plan names it.
    public var file: String
    /// One per row of the export.
    public var responses: [VoiceResponse]
    /// Free-text answers given (non-empty cells of free-text columns): counted, their text never kept.
    public var freeTextAnswers: Int

    public init(group: VoiceGroup, file: String, responses: [VoiceResponse], freeTextAnswers: Int) {
        self.group = group
        self.file = file
        self.responses = responses
        self.freeTextAnswers = freeTextAnswers
    }
}

/// One respondent: their school (when the survey asks) and, per indicator they answered on,
/// their answer as a level of the framework's scale.
public struct VoiceResponse: Sendable {
    /// A school id of the plan.
    public var school: String?
    /// Indicator id → level. Several questions on one indicator give the middle of the answers.
    public var levels: [String: Level]

    public init(school: String?, levels: [String: Level]) {
        self.school = school
        self.levels = levels
    }
}
