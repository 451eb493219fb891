import PlanwrightDocument

extension PlanDecoder {
    func decodeAssessment(_ node: YAMLNode) -> Assessment? {
        guard let fields = reader.fields(of: node, PlanShapes.assessment) else { return nil }
        let ratings = reader.dictionary(fields, "ratings").compactMap { pair -> Rating? in
            guard let id = reader.identifier(pair.key, "an indicator id under 'ratings'") else { return nil }
            return decodeRating(pair.value, indicator: Reference(id, at: pair.key.location))
        }
        guard let date = reader.date(fields, "date") else { return nil }
        return Assessment(date: date, ratings: ratings, location: node.location)
    }

    private func decodeRating(_ node: YAMLNode, indicator: Reference) -> Rating? {
        let context = "the rating of '\(indicator.id)'"
        guard let fields = reader.fields(of: node, PlanShapes.rating, context: context) else { return nil }
        let current = fields["current"].flatMap { reader.level($0, fields.describing("current"), scale: scale) }
        let target = fields["target"].flatMap { reader.level($0, fields.describing("target"), scale: scale) }
        if let current, let target, target < current, let targetNode = fields["target"] {
            reader.error(english: "\(context) aims lower (\(scale!.name(of: target))) than where it is now (\(scale!.name(of: current))); a target is at least the current level",
                         at: targetNode)
        }
        let raters = reader.dictionary(fields, "raters").compactMap { pair -> RaterRating? in
            guard let name = reader.text(pair.key, "a rater's name"),
                  let level = reader.level(pair.value, "the rating by '\(name)' of '\(indicator.id)'", scale: scale) else { return nil }
            return RaterRating(rater: Reference(name, at: pair.key.location), level: level)
        }
        let schools = reader.dictionary(fields, "schools").compactMap { pair -> SchoolRating? in
            guard let id = reader.identifier(pair.key, "a school id under 'schools'"),
                  let level = reader.level(pair.value, "the rating of '\(indicator.id)' at school '\(id)'", scale: scale) else { return nil }
            return SchoolRating(school: Reference(id, at: pair.key.location), level: level)
        }
        let stepsDone = reader.references(fields, "steps_done")
        guard let current else { return nil }
        return Rating(indicator: indicator, current: current, target: target, evidence: reader.text(fields, "evidence"),
                      raters: raters, schools: schools, location: node.location, stepsDone: stepsDone)
    }
}
