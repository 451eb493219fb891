import Foundation
import PlanwrightDocument
import PlanwrightModel

/// Reads one survey of `voices:` from a forms export: Google Forms (`Timestamp`, then one column
/// per question, headed by its text) or Microsoft Forms (`ID`, `Start time`, `Completion time`,
/// `Email`, `Name`, `Last modified time`, then the questions).
///
/// Columns are found by their header, so either shape reads the same way and the export's own
/// columns (timestamps, and the names and emails Microsoft Forms adds) are never read at all.
/// A free-text answer is counted and its text dropped here, so it cannot reach any output.
struct VoiceSurveyReader {
    let request: ImportRequests.VoiceRequest
    let schools: [School]
    let scale: RatingScale

    /// Problems with the file's columns, at the plan's lines, then those of its rows, capped.
    private(set) var diagnostics: [Diagnostic] = []
    private var rows = DiagnosticCollector()

    init(_ request: ImportRequests.VoiceRequest, schools: [School], scale: RatingScale) {
        self.request = request
        self.schools = schools
        self.scale = scale
    }

    mutating func read(_ file: CSVFile) -> VoiceSurvey? {
        defer { diagnostics = file.diagnostics + diagnostics + rows.diagnostics }
        guard file.hasHeader else { return nil }
        let columns = request.questions.map(\.column) + (request.schoolColumn.map { [$0] } ?? [])
        let missing = columns.filter { !file.has($0.value) }
        for column in missing {
            diagnostics.append(.error(Message("survey_no_such_column", ["file": .text(file.name), "column": .text(Excerpt.of(column.value)),
                                                          "hint": ImportPhrases.didYouMean(column.value, in: file.columnNames)]),
                                      at: column.location))
        }
        guard missing.isEmpty else { return nil }
        var answers = AnswerWords(request.scale, scale: scale)
        var schoolsByWords = SchoolWords(schools)
        var responses: [VoiceResponse] = []
        responses.reserveCapacity(file.rows.count)
        var freeText = 0
        for row in file.rows {
            var school: String?
            if let column = request.schoolColumn?.value {
                school = readSchool(row, column, &schoolsByWords)
                guard school != nil else { continue }
            }
            var byIndicator: [String: [Level]] = [:]
            var wellFormed = true
            for question in request.questions {
                let text = row[question.column.value] ?? ""
                guard !text.isEmpty else { continue }  // a question left unanswered, as forms allow
                guard let indicator = question.indicator else {
                    freeText += 1
                    continue
                }
                guard let level = answers.level(text) else {
                    wellFormed = false
                    rows.add(.error, at: SourceLocation(file: file.source.path, line: row.line, column: 0), site: #fileID, line: #line) {
                        .error(Message("survey_answer_not_on_scale", ["row": .message(row.place), "answer": .text(Excerpt.of(text)), "scale": .message(answers.listed),
                                                              "hint": ImportPhrases.didYouMean(text, in: answers.wordings)]),
                               at: row.location(of: question.column.value))
                    }
                    continue
                }
                byIndicator[indicator, default: []].append(level)
            }
            guard wellFormed else { continue }
            responses.append(VoiceResponse(school: school, levels: byIndicator.mapValues(Self.middle)))
        }
        return VoiceSurvey(group: request.group, file: request.file.written.value, responses: responses, freeTextAnswers: freeText)
    }

    /// Several questions on one indicator: the respondent's middle answer (the upper of two).
    static func middle(_ levels: [Level]) -> Level { levels.sorted()[levels.count / 2] }

    private mutating func readSchool(_ row: CSVRow, _ column: String, _ words: inout SchoolWords) -> String? {
        let text = row[column] ?? ""
        if let id = words.school(text) { return id }
        let message = text.isEmpty
            ? Message("survey_school_blank", ["row": .message(row.place)])
            : Message("survey_school_unknown", ["row": .message(row.place), "school": .text(Excerpt.of(text)), "hint": ImportPhrases.didYouMean(text, in: schools.map(\.name))])
        rows.add(.error, at: SourceLocation(file: row.path, line: row.line, column: 0), site: #fileID, line: #line) {
            .error(message, at: row.location(of: column))
        }
        return nil
    }
}

/// The answers a survey accepts: its `scale:` wordings, then level numbers and level names,
/// compared without case, accents or surrounding spaces ("strongly agree" is "Strongly Agree").
private struct AnswerWords {
    private var levels: [String: Level] = [:]
    /// Each answer as written, once read: an export repeats a handful of answers thousands of
    /// times, and folding accents is the slow part of reading one.
    private var read: [String: Level?] = [:]
    let wordings: [String]
    let scale: RatingScale

    init(_ answers: [ImportRequests.VoiceAnswer], scale: RatingScale) {
        self.scale = scale
        wordings = answers.map(\.wording)
        for answer in answers where levels[SchoolWords.fold(answer.wording)] == nil {
            levels[SchoolWords.fold(answer.wording)] = answer.level
        }
    }

    mutating func level(_ text: String) -> Level? {
        if let known = read[text] { return known }
        let level = levels[SchoolWords.fold(text)] ?? Int(text).flatMap(scale.level(number:)) ?? scale.level(named: text)
        read[text] = level
        return level
    }

    /// What the scale accepts, for a message: its wordings, or its level numbers.
    var listed: Message {
        let numbers = Message("survey_scale_levels", ["from": .number(scale.numbers.lowerBound), "to": .number(scale.numbers.upperBound)])
        guard !wordings.isEmpty else { return numbers }
        let shown = wordings.prefix(7).map { "'\(Excerpt.of($0))'" }.joined(separator: ", ") + (wordings.count > 7 ? ", …" : "")
        return Message("survey_scale_wordings_or_levels", ["wordings": .text(shown), "levels": .message(numbers)])
    }
}

/// Schools by what a respondent may write for them: the id or the name, any case or accents.
struct SchoolWords {
    private var ids: [String: String] = [:]
    /// Each value as written, once matched (see `AnswerWords.read`).
    private var read: [String: String?] = [:]

    init(_ schools: [School]) {
        for school in schools {
            for key in [Self.fold(school.id), Self.fold(school.name)] where ids[key] == nil { ids[key] = school.id }
        }
    }

    mutating func school(_ text: String) -> String? {
        if let known = read[text] { return known }
        let id = text.isEmpty ? nil : ids[Self.fold(text)]
        read[text] = id
        return id
    }

    /// Without case, accents and runs of spaces: "Núñez  Elementary" is "nunez elementary".
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
