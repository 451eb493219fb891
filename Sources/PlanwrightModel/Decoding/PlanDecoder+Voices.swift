import PlanwrightDocument

extension PlanDecoder {
    /// `voices: {min_responses, surveys}`: the threshold is plan content; each survey's file is
    /// recorded for the import step, which reads it by the rules every file a plan names is read by.
    func decodeVoices(_ node: YAMLNode, framework: Framework?) -> Voices {
        var voices = Voices()
        guard let fields = reader.fields(of: node, PlanShapes.voices) else { return voices }
        voices.minResponses = reader.integer(fields, "min_responses") ?? voices.minResponses
        for item in reader.list(fields, "surveys") {
            if let request = decodeVoiceSurvey(item, framework: framework) { imports.voices.append(request) }
        }
        return voices
    }

    private func decodeVoiceSurvey(_ node: YAMLNode, framework: Framework?) -> ImportRequests.VoiceRequest? {
        guard let fields = reader.fields(of: node, PlanShapes.voiceSurvey), let fileNode = fields["file"],
              let file = reader.text(fileNode, fields.describing("file")),
              let group = reader.choice(fields, "group", as: VoiceGroup.self) else { return nil }
        let schoolColumn = fields["school_column"].flatMap { column in
            reader.text(column, fields.describing("school_column")).map { Located($0, at: column.location) }
        }
        let answers = reader.dictionary(fields, "scale").compactMap { key, value -> ImportRequests.VoiceAnswer? in
            guard let answer = reader.text(key, Message("decode_voices_answer_under_scale")),
                  let level = reader.level(value, Message("decode_voices_level_of_answer", ["answer": .text(Excerpt.of(answer))]), scale: scale) else { return nil }
            return ImportRequests.VoiceAnswer(wording: answer, level: level)
        }
        let indicatorIDs = framework?.indicators.map(\.id) ?? []
        var questions: [ImportRequests.VoiceQuestion] = []
        for (key, value) in reader.dictionary(fields, "questions") {
            guard let column = reader.text(key, Message("decode_voices_question_column")),
                  let target = reader.identifier(value, Message("decode_voices_what_column_rates", ["column": .text(Excerpt.of(column))])) else { continue }
            if target == PlanShapes.freeText {
                questions.append(ImportRequests.VoiceQuestion(column: Located(column, at: key.location), indicator: nil))
            } else if let framework, framework.indicator(target) == nil {
                reader.error(Message("decode_voices_not_an_indicator", ["column": .text(Excerpt.of(column)), "target": .text(target), "free": .text(PlanShapes.freeText),
                                                                      "hint": NodeReader.didYouMean(target, in: indicatorIDs + [PlanShapes.freeText])]),
                             at: value)
            } else {
                questions.append(ImportRequests.VoiceQuestion(column: Located(column, at: key.location), indicator: target))
            }
        }
        return ImportRequests.VoiceRequest(file: namedFile(file, at: fileNode.location), group: group, schoolColumn: schoolColumn,
                                           scale: answers, questions: questions)
    }
}
