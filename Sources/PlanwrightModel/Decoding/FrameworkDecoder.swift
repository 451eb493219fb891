import PlanwrightDocument

/// Reads and checks a framework file.
struct FrameworkDecoder {
    let reader: NodeReader

    func decode(_ root: YAMLNode, file: String) -> Framework? {
        guard let fields = reader.fields(of: root, FrameworkShapes.framework, context: FrameworkShapes.framework.theNounPhrase) else { return nil }
        _ = reader.integer(fields, "planwright_framework")
        let scale = fields["scale"].flatMap(decodeScale)
        var domains: [Domain] = []
        for node in reader.list(fields, "domains") {
            if let domain = decodeDomain(node, levelCount: scale?.levels.count) { domains.append(domain) }
        }
        let framework = Framework(
            id: reader.identifier(fields, "id") ?? "",
            name: reader.text(fields, "name") ?? "",
            summary: reader.text(fields, "summary"),
            scale: scale ?? RatingScale(levels: [], firstNumber: 1, bands: []),
            domains: domains,
            roles: decodeRoles(fields),
            file: file)
        checkReferences(framework)
        return scale == nil ? nil : framework
    }

    private func decodeScale(_ node: YAMLNode) -> RatingScale? {
        guard let fields = reader.fields(of: node, FrameworkShapes.scale) else { return nil }
        let levelNodes = reader.list(fields, "levels")
        let levels = levelNodes.compactMap { reader.text($0, "each level of the scale") }
        let first = reader.integer(fields, "first_number") ?? 1
        var bands: [RatingScale.Band] = []
        for node in reader.list(fields, "bands") {
            guard let band = reader.fields(of: node, FrameworkShapes.band),
                  let name = reader.text(band, "name"), let from = reader.integer(band, "from"), let to = reader.integer(band, "to")
            else { continue }
            if from > to || from < first || to > first + levels.count - 1 {
                reader.error(english: "band '\(name)' must cover levels \(first) to \(first + levels.count - 1), low to high; found \(from) to \(to)", at: node)
            }
            bands.append(RatingScale.Band(name: name, from: from, to: to))
        }
        if let levelsNode = fields["levels"], !(3...11).contains(levels.count) {
            reader.error(english: "a rating scale must have 3 to 11 levels; this one has \(levels.count)", at: levelsNode)
            return nil
        }
        var seen: Set<String> = []
        for (node, name) in zip(levelNodes, levels) where !seen.insert(name.lowercased()).inserted {
            reader.error(english: "the level name '\(name)' is used twice in the scale", at: node)
        }
        return levels.isEmpty ? nil : RatingScale(levels: levels, firstNumber: first, bands: bands)
    }

    private func decodeDomain(_ node: YAMLNode, levelCount: Int?) -> Domain? {
        guard let fields = reader.fields(of: node, FrameworkShapes.domain) else { return nil }
        let id = reader.identifier(fields, "id") ?? ""
        let indicators = reader.list(fields, "indicators").compactMap { decodeIndicator($0, domain: id, levelCount: levelCount) }
        return Domain(id: id, name: reader.text(fields, "name") ?? id, summary: reader.text(fields, "summary"), indicators: indicators)
    }

    private func decodeIndicator(_ node: YAMLNode, domain: String, levelCount: Int?) -> Indicator? {
        guard let fields = reader.fields(of: node, FrameworkShapes.indicator),
              let id = reader.identifier(fields, "id") else { return nil }
        let levels = reader.list(fields, "levels").compactMap { reader.text($0, "each level description of indicator '\(id)'") }
        if let levelCount, let levelsNode = fields["levels"], levels.count != levelCount {
            reader.error(english: "indicator '\(id)' describes \(levels.count) levels, but the scale has \(levelCount); describe each level once, lowest first",
                         at: levelsNode)
        }
        let steps = reader.list(fields, "milestones").compactMap { decodeStep($0) }
        return Indicator(
            id: id, name: reader.text(fields, "name") ?? id, domain: domain, levels: levels,
            requires: reader.references(fields, "requires"), steps: steps,
            weight: reader.number(fields, "weight") ?? 1,
            concerns: Set(reader.list(fields, "concerns").compactMap { reader.choice($0, "each concern of indicator '\(id)'", as: IndicatorConcern.self) }),
            location: node.location)
    }

    /// `roles:`, owner role to title words, both compared without regard to case.
    private func decodeRoles(_ fields: Fields) -> [String: [String]] {
        var roles: [String: [String]] = [:]
        for (key, value) in reader.dictionary(fields, "roles") {
            guard let role = reader.text(key, "an owner role under 'roles'") else { continue }
            var words: [String] = []
            for node in reader.list(value, "the title words of role '\(role)'") {
                guard let word = reader.text(node, "each title word of role '\(role)'") else { continue }
                // An empty word is in every title: the first team member would hold the role.
                guard !word.allSatisfy(\.isWhitespace) else {
                    reader.error(english: "a title word of role '\(role)' is empty; write a word that marks the role in a team member's title", at: node)
                    continue
                }
                words.append(word.lowercased())
            }
            roles[role.lowercased()] = words
        }
        return roles
    }

    private func decodeStep(_ node: YAMLNode) -> MilestoneStep? {
        guard let fields = reader.fields(of: node, FrameworkShapes.step),
              let title = reader.text(fields, "title"), let days = reader.integer(fields, "days"),
              let kind = reader.choice(fields, "kind", as: MilestoneKind.self) else { return nil }
        return MilestoneStep(title: title, days: days, kind: kind, owner: reader.text(fields, "owner"),
                             description: reader.text(fields, "description"))
    }

    /// Unique ids, `requires` that resolve, and no circle of requirements.
    private func checkReferences(_ framework: Framework) {
        var seen: [String: SourceLocation] = [:]
        for indicator in framework.indicators {
            if let first = seen[indicator.id] {
                reader.error(english: "the indicator id '\(indicator.id)' is used twice; the first is at line \(first.line)", at: indicator.location)
            } else {
                seen[indicator.id] = indicator.location
            }
        }
        for indicator in framework.indicators {
            for required in indicator.requires where seen[required.id] == nil {
                reader.error(english: "indicator '\(indicator.id)' requires '\(required.id)', which is not an indicator of this framework"
                             + Suggestion.didYouMean(required.id, in: seen.keys), at: required.location)
            }
        }
        let order = framework.indicators.map(\.id)
        let edges = Dictionary(framework.indicators.map { ($0.id, $0.requires) }, uniquingKeysWith: { a, _ in a })
        for cycle in DependencyCycles.find(order: order, edges: edges) {
            reader.error(english: "indicators require each other in a circle: \(cycle.description); none could be worked on first",
                         at: cycle.closing.location)
        }
    }
}
