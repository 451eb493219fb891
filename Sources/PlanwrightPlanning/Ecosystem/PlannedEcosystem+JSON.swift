import PlanwrightDocument
import PlanwrightModel

// `ecosystem` in plan.json: facts only, as the rest of it, in no language. Kinds are written
// in snake_case as plan.json's other kinds are; a finding carries the plan line to change.

// PlannedTool's and the findings' are written out: plan.json leaves out a tool's plan line and
// words a finding's kind in snake_case; the other types' are synthesized where they are declared.
extension PlannedTool: Encodable {
    /// Not the plan line: plan.json's milestones do not carry theirs either; findings do.
    enum CodingKeys: String, CodingKey {
        case id, name, purpose, scope, schools, licences, activeUsers, utilization, sso, rostering, lti, gradePassback
        case privacy, privacyExpires, cost, funding, renewal, owner, decision, decisionBy, replacement, url, vetted
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(purpose, forKey: .purpose)
        try c.encode(scope, forKey: .scope)
        try c.encode(schools, forKey: .schools)
        try c.encodeIfPresent(licences, forKey: .licences)
        try c.encode(activeUsers, forKey: .activeUsers)
        try c.encode(utilization, forKey: .utilization)
        try c.encode(sso, forKey: .sso)
        try c.encode(rostering, forKey: .rostering)
        try c.encode(lti, forKey: .lti)
        try c.encode(gradePassback, forKey: .gradePassback)
        try c.encodeIfPresent(privacy, forKey: .privacy)
        try c.encodeIfPresent(privacyExpires, forKey: .privacyExpires)
        try c.encodeIfPresent(cost, forKey: .cost)
        if !funding.isEmpty { try c.encode(funding, forKey: .funding) }
        try c.encodeIfPresent(renewal, forKey: .renewal)
        try c.encodeIfPresent(owner, forKey: .owner)
        try c.encodeIfPresent(decision, forKey: .decision)
        try c.encodeIfPresent(decisionBy, forKey: .decisionBy)
        try c.encodeIfPresent(replacement, forKey: .replacement)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encode(vetted, forKey: .vetted)
    }
}

extension EcosystemFinding: Encodable {
    enum CodingKeys: String, CodingKey {
        case kind, purpose, tool, tools, schools, sso, rostering, share, below, on, status, expires, renewal, decisionBy
        case milestone, integrated, privacySigned, work, samePurpose, location
    }

    /// The kind as plan.json names it.
    public var kindName: String {
        switch kind {
        case .overlap: "overlap"
        case .notIntegrated: "not_integrated"
        case .lowUtilization: "low_utilization"
        case .privacyMissing: "privacy_missing"
        case .privacyExpiring: "privacy_expiring"
        case .renewalBeforeDecision: "renewal_before_decision"
        case .rolloutNotReady: "rollout_not_ready"
        case .addsWithoutReplacing: "adds_without_replacing"
        case .unvetted: "unvetted"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kindName, forKey: .kind)
        switch kind {
        case let .overlap(purpose, tools, schools):
            try c.encode(purpose, forKey: .purpose)
            try c.encode(tools, forKey: .tools)
            try c.encode(schools, forKey: .schools)
        case let .notIntegrated(tool, sso, rostering):
            try c.encode(tool, forKey: .tool)
            try c.encode(sso, forKey: .sso)
            try c.encode(rostering, forKey: .rostering)
        case let .lowUtilization(tool, share, below, on):
            try c.encode(tool, forKey: .tool)
            try c.encode(share, forKey: .share)
            try c.encode(below, forKey: .below)
            try c.encode(on, forKey: .on)
        case let .privacyMissing(tool, status):
            try c.encode(tool, forKey: .tool)
            try c.encodeIfPresent(status, forKey: .status)
        case let .privacyExpiring(tool, expires):
            try c.encode(tool, forKey: .tool)
            try c.encode(expires, forKey: .expires)
        case let .renewalBeforeDecision(tool, renewal, decisionBy):
            try c.encode(tool, forKey: .tool)
            try c.encode(renewal, forKey: .renewal)
            try c.encode(decisionBy, forKey: .decisionBy)
        case let .rolloutNotReady(milestone, tool, integrated, privacySigned):
            try c.encode(milestone, forKey: .milestone)
            try c.encode(tool, forKey: .tool)
            try c.encode(integrated, forKey: .integrated)
            try c.encode(privacySigned, forKey: .privacySigned)
        case let .addsWithoutReplacing(work, tool, samePurpose):
            try c.encode(work, forKey: .work)
            try c.encode(tool, forKey: .tool)
            try c.encode(samePurpose, forKey: .samePurpose)
        case let .unvetted(tool):
            try c.encode(tool, forKey: .tool)
        }
        try c.encode(location, forKey: .location)
    }
}
