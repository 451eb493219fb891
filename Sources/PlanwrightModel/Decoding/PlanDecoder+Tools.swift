import PlanwrightDocument

/// `tools:`, the district's inventory, and the `tool:`/`introduces:` that tie work to it.
extension PlanDecoder {
    func decodeTools(_ node: YAMLNode) -> ToolInventory {
        var inventory = ToolInventory()
        guard let fields = reader.fields(of: node, PlanShapes.tools) else { return inventory }
        inventory.location = node.location
        if let shareNode = fields["low_utilization"], let share = reader.share(shareNode, fields.describing("low_utilization")) {
            inventory.lowUtilization = Located(share, at: shareNode.location)
        }
        inventory.tools = reader.list(fields, "inventory").compactMap(decodeTool)
        if let report = fields["import"] { decodeToolsImport(report) }
        return inventory
    }

    private func decodeTool(_ node: YAMLNode) -> Tool? {
        guard let fields = reader.fields(of: node, PlanShapes.tool) else { return nil }
        let id = reader.identifier(fields, "id"), name = reader.text(fields, "name")
        // Its parts name it by id, which is what goals write in 'tool:'.
        let label = id ?? "?"
        let purpose = fields["purpose"].flatMap { value in
            reader.choice(value, fields.describing("purpose"), as: ToolPurpose.self).map { Located($0, at: value.location) }
        }
        var scope = DeclaredScope()
        let schools = reader.references(fields, "schools")
        if !schools.isEmpty, let schoolsNode = fields["schools"] { scope.schools = Located(schools, at: schoolsNode.location) }
        if let gradesNode = fields["grades"] {
            let grades = grades(fields, "grades")
            if !grades.isEmpty { scope.grades = Located(grades, at: gradesNode.location) }
        }
        let licences = fields["licences"].flatMap { value in reader.integer(fields, "licences").map { Located($0, at: value.location) } }
        let activeUsers = reader.list(fields, "active_users").compactMap { item -> Observation? in
            guard let count = reader.fields(of: item, PlanShapes.activeUsers),
                  let date = reader.date(count, "date"), let value = reader.integer(count, "value") else { return nil }
            return Observation(date: date, value: Double(value), location: item.location)
        }
        let integration = fields["integration"].map { decodeIntegration($0, tool: label) } ?? ToolIntegration()
        let privacy = fields["privacy"].flatMap { decodePrivacy($0, tool: label) }
        let cost = reader.money(fields, "cost")
        let funding = fields["funding"].flatMap { decodeFundingSplit($0, what: PlanShapes.tool.namedPhrase(label)) }
        let renewal = reader.located(fields, "renewal")
        let owner = reader.textReference(fields, "owner")
        let decision = fields["decision"].flatMap { decodeToolDecision($0, tool: label) }
        let url = reader.text(fields, "url")
        guard let id, let name else { incomplete.add(id, to: .tools); return nil }
        var tool = Tool(id: id, name: name, location: node.location)
        tool.purpose = purpose
        tool.declaredScope = scope
        tool.scope = scope.applied(to: .everyone)
        tool.licences = licences
        tool.activeUsers = activeUsers
        tool.integration = integration
        tool.privacy = privacy
        tool.cost = cost
        tool.funding = funding
        tool.renewal = renewal
        tool.owner = owner
        tool.decision = decision
        tool.url = url
        return tool
    }

    /// `integration: {sso: yes, oneroster: planned}`; `true` and `false` read as yes and no.
    private func decodeIntegration(_ node: YAMLNode, tool: String) -> ToolIntegration {
        var integration = ToolIntegration()
        guard let fields = reader.fields(of: node, PlanShapes.toolIntegration, context: Message("decode_context_tool_integration", ["tool": .text(tool)])) else {
            return integration
        }
        func state(_ key: String) -> Located<IntegrationState>? {
            guard let value = fields[key] else { return nil }
            let word = value.scalar?.lowercased() ?? ""
            if NodeReader.yesWords.contains(word) { return Located(.yes, at: value.location) }
            if NodeReader.noWords.contains(word) { return Located(.no, at: value.location) }
            return reader.choice(value, fields.describing(key), as: IntegrationState.self).map { Located($0, at: value.location) }
        }
        integration.sso = state("sso")
        integration.rostering = state("oneroster")
        integration.lti = state("lti")
        integration.gradePassback = state("grade_passback")
        integration.location = node.location
        return integration
    }

    private func decodePrivacy(_ node: YAMLNode, tool: String) -> PrivacyAgreement? {
        guard let fields = reader.fields(of: node, PlanShapes.privacyAgreement, context: Message("decode_context_tool_privacy", ["tool": .text(tool)])),
              let statusNode = fields["agreement"],
              let status = reader.choice(statusNode, fields.describing("agreement"), as: PrivacyStatus.self) else { return nil }
        return PrivacyAgreement(status: Located(status, at: statusNode.location), expires: reader.located(fields, "expires"), location: node.location)
    }

    /// `decision: {action: replace, by: 2027-04-16, replace_with: canvas}`: only a replacement
    /// names what takes the tool's place.
    private func decodeToolDecision(_ node: YAMLNode, tool: String) -> ToolDecision? {
        guard let fields = reader.fields(of: node, PlanShapes.toolDecision, context: Message("decode_context_tool_decision", ["tool": .text(tool)])) else {
            return nil
        }
        let action = fields["action"].flatMap { value in
            reader.choice(value, fields.describing("action"), as: ToolAction.self).map { Located($0, at: value.location) }
        }
        let replacement = fields["replace_with"].flatMap { value in
            reader.identifier(value, fields.describing("replace_with")).map { Reference($0, at: value.location) }
        }
        if let replacement, let action, action.value != .replace {
            reader.error(Message("decode_tool_replace_with_without_replace", ["tool": .text(tool), "action": .text(action.value.rawValue)]),
                         at: replacement.location)
        }
        guard let action else { return nil }
        return ToolDecision(action: action, by: reader.located(fields, "by"), replacement: action.value == .replace ? replacement : nil,
                            location: node.location)
    }

    /// A goal's or milestone's `tool:` (a tool the district has) or `introduces:` (a new one),
    /// never both: work is either with a tool or a decision to add one.
    func decodeToolUse(_ fields: Fields) -> ToolUse? {
        func reference(_ key: String) -> Reference? {
            fields[key].flatMap { value in reader.identifier(value, fields.describing(key)).map { Reference($0, at: value.location) } }
        }
        let tool = reference("tool"), introduced = reference("introduces")
        if tool != nil, let introduced {
            reader.error(Message("decode_tool_and_introduces", ["work": .message(fields.contextPhrase)]), at: introduced.location)
            return nil
        }
        if let introduced { return ToolUse(tool: introduced, introduces: true) }
        return tool.map { ToolUse(tool: $0, introduces: false) }
    }
}
