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
        let levels = levelNodes.compactMap { reader.text($0, Message("framework_each_level")) }
        let first = reader.integer(fields, "first_number") ?? 1
        var bands: [RatingScale.Band] = []
        for node in reader.list(fields, "bands") {
            guard let band = reader.fields(of: node, FrameworkShapes.band),
                  let name = reader.text(band, "name"), let from = reader.integer(band, "from"), let to = reader.integer(band, "to")
            else { continue }
            if from > to || from < first || to > first + levels.count - 1 {
                reader.error(Message("framework_band_outside_scale", ["band": .text(name), "first": .text(String(first)), "last": .text(String(first + levels.count - 1)),
                                                                      "from": .text(String(from)), "to": .text(String(to))]), at: node)
            }
            bands.append(RatingScale.Band(name: name, from: from, to: to))
        }
        if let levelsNode = fields["levels"], !(3...11).contains(levels.count) {
            reader.error(Message("framework_scale_level_count", ["count": .number(levels.count)]), at: levelsNode)
            return nil
        }
        var seen: Set<String> = []
        for (node, name) in zip(levelNodes, levels) where !seen.insert(name.lowercased()).inserted {
            reader.error(Message("framework_level_name_twice", ["name": .text(name)]), at: node)
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
        let levels = reader.list(fields, "levels").compactMap { reader.text($0, Message("framework_each_level_description", ["id": .text(id)])) }
        if let levelCount, let levelsNode = fields["levels"], levels.count != levelCount {
            reader.error(Message("framework_indicator_level_count", count: levels.count, ["id": .text(id), "scale": .number(levelCount)]), at: levelsNode)
        }
        let steps = reader.list(fields, "milestones").compactMap { decodeStep($0) }
        return Indicator(
            id: id, name: reader.text(fields, "name") ?? id, domain: domain, levels: levels,
            requires: reader.references(fields, "requires"), steps: steps,
            weight: reader.number(fields, "weight") ?? 1,
            concerns: Set(reader.list(fields, "concerns").compactMap { reader.choice($0, Message("framework_each_concern", ["id": .text(id)]), as: IndicatorConcern.self) }),
            evidenceFrom: evidenceFrom(fields, indicator: id),
            location: node.location)
    }

    /// `evidence_from:`, in the order the outputs show figures, each once.
    private func evidenceFrom(_ fields: Fields, indicator id: String) -> [InventoryFigure] {
        let written = Set(reader.list(fields, "evidence_from").compactMap {
            reader.choice($0, Message("framework_each_evidence_from", ["id": .text(id)]), as: InventoryFigure.self)
        })
        return InventoryFigure.allCases.filter(written.contains)
    }

    /// `roles:`, owner role to title words, both compared without regard to case.
    private func decodeRoles(_ fields: Fields) -> [String: [String]] {
        var roles: [String: [String]] = [:]
        for (key, value) in reader.dictionary(fields, "roles") {
            guard let role = reader.text(key, Message("framework_owner_role")) else { continue }
            var words: [String] = []
            for node in reader.list(value, Message("framework_title_words", ["role": .text(role)])) {
                guard let word = reader.text(node, Message("framework_each_title_word", ["role": .text(role)])) else { continue }
                // An empty word is in every title: the first team member would hold the role.
                guard !word.allSatisfy(\.isWhitespace) else {
                    reader.error(Message("framework_title_word_empty", ["role": .text(role)]), at: node)
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
                reader.error(Message("framework_indicator_id_twice", ["id": .text(indicator.id), "line": .text(String(first.line))]), at: indicator.location)
            } else {
                seen[indicator.id] = indicator.location
            }
        }
        for indicator in framework.indicators {
            for required in indicator.requires where seen[required.id] == nil {
                reader.error(Message("framework_requires_unknown", ["id": .text(indicator.id), "required": .text(required.id),
                                                                     "hint": NodeReader.didYouMean(required.id, in: seen.keys)]), at: required.location)
            }
        }
        let order = framework.indicators.map(\.id)
        let edges = Dictionary(framework.indicators.map { ($0.id, $0.requires) }, uniquingKeysWith: { a, _ in a })
        for cycle in DependencyCycles.find(order: order, edges: edges) {
            // The circle is ids and arrows ("a → b → a"): the same in every language.
            reader.error(Message("framework_requires_circle", ["circle": .text(cycle.description)]), at: cycle.closing.location)
        }
    }
}
