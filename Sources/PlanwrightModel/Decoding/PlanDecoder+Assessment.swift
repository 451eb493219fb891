import PlanwrightDocument

extension PlanDecoder {
    func decodeAssessment(_ node: YAMLNode) -> Assessment? {
        guard let fields = reader.fields(of: node, PlanShapes.assessment) else { return nil }
        let ratings = reader.dictionary(fields, "ratings").compactMap { pair -> Rating? in
            guard let id = reader.identifier(pair.key, Message("decode_indicator_id_under_ratings")) else { return nil }
            return decodeRating(pair.value, indicator: Reference(id, at: pair.key.location))
        }
        guard let date = reader.date(fields, "date") else { return nil }
        return Assessment(date: date, ratings: ratings, location: node.location)
    }

    private func decodeRating(_ node: YAMLNode, indicator: Reference) -> Rating? {
        let context = Message("decode_rating_of", ["id": .text(indicator.id)])
        guard let fields = reader.fields(of: node, PlanShapes.rating, context: context) else { return nil }
        let current = fields["current"].flatMap { reader.level($0, fields.describing("current"), scale: scale) }
        let target = fields["target"].flatMap { reader.level($0, fields.describing("target"), scale: scale) }
        if let current, let target, target < current, let targetNode = fields["target"] {
            reader.error(Message("decode_rating_aims_lower", ["what": .message(context), "target": .text(scale!.name(of: target)),
                                                               "current": .text(scale!.name(of: current))]),
                         at: targetNode)
        }
        let raters = reader.dictionary(fields, "raters").compactMap { pair -> RaterRating? in
            guard let name = reader.text(pair.key, Message("decode_rater_name")),
                  let level = reader.level(pair.value, Message("decode_rating_by", ["name": .text(name), "id": .text(indicator.id)]), scale: scale) else { return nil }
            return RaterRating(rater: Reference(name, at: pair.key.location), level: level)
        }
        let schools = reader.dictionary(fields, "schools").compactMap { pair -> SchoolRating? in
            guard let id = reader.identifier(pair.key, Message("decode_school_id_under_schools")),
                  let level = reader.level(pair.value, Message("decode_rating_at_school", ["id": .text(indicator.id), "school": .text(id)]), scale: scale) else { return nil }
            return SchoolRating(school: Reference(id, at: pair.key.location), level: level)
        }
        let stepsDone = reader.references(fields, "steps_done")
        guard let current else { return nil }
        return Rating(indicator: indicator, current: current, target: target, evidence: reader.text(fields, "evidence"),
                      raters: raters, schools: schools, location: node.location, stepsDone: stepsDone)
    }
}
