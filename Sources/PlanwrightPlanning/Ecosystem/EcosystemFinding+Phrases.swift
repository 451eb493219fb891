import PlanwrightDocument
import PlanwrightModel

/// The ecosystem's facts as phrases of the strings files, in the reader's language: the checks'
/// warnings say each finding with these, and the district plan, handouts and `status` word the
/// findings and the gates' conditions from the same phrases, so a finding reads one way everywhere.
/// Tools are named by their names, schools by theirs, days as people read them.
public struct EcosystemPhrases: Sendable {
    let toolNames: [String: String]
    let schoolNames: [String: String]
    let dates: PeopleDates

    /// Schools named in a finding before the rest are counted ("North, South, East and 4 more").
    static let schoolsNamed = 3

    package init(toolNames: [String: String], schoolNames: [String: String], dates: PeopleDates) {
        self.toolNames = toolNames
        self.schoolNames = schoolNames
        self.dates = dates
    }

    public init(ecosystem: PlannedEcosystem, schools: [PlannedSchool], year: ClosedRange<SchoolDate>) {
        self.init(toolNames: Dictionary(ecosystem.tools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                  schoolNames: Dictionary(schools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                  dates: PeopleDates(year: year))
    }

    /// A tool by its name ("Seesaw"); by its id where the inventory gives no name.
    public func tool(_ id: String) -> Message.Value { .text(Excerpt.of(toolNames[id] ?? id)) }

    /// Tools named in a finding before the rest are counted: a state's overlap can hold dozens.
    static let toolsNamed = 6

    /// "Canvas, Seesaw and Schoology"; past `toolsNamed`, "… and 4 more".
    func tools(_ ids: [String]) -> Message.Value { Self.named(ids.map(tool), upTo: Self.toolsNamed) }

    /// "North Elementary, South Middle, East High and 4 more".
    func schools(_ ids: [String]) -> Message.Value {
        Self.named(ids.map { .text(Excerpt.of(schoolNames[$0] ?? $0)) }, upTo: Self.schoolsNamed)
    }

    /// The first `limit` of `names` and how many more, as one list.
    static func named(_ names: [Message.Value], upTo limit: Int) -> Message.Value {
        var named = Array(names.prefix(limit))
        if names.count > limit { named.append(.message(Message("check_and_more", count: names.count - limit))) }
        return .list(named)
    }

    /// The finding and what to change, in a leader's words: the check's warning, and the line
    /// under the district plan's findings.
    public func sentence(_ finding: EcosystemFinding) -> Message {
        switch finding.kind {
        case let .overlap(purpose, ids, schoolIDs):
            return Message("tools_finding_overlap", count: schoolIDs.count,
                           ["tools": tools(ids), "purpose": .message(purpose.phrase), "schools": schools(schoolIDs)])
        case let .notIntegrated(id, sso, rostering):
            let values = ["tool": tool(id)]
            return switch (sso, rostering) {
            case (false, false): Message("tools_finding_not_integrated", values)
            case (false, true): Message("tools_finding_no_sso", values)
            default: Message("tools_finding_not_rostered", values)
            }
        case let .lowUtilization(id, share, below, on):
            return Message("tools_finding_low_utilization",
                           ["tool": tool(id), "share": .text(share.wholePercent), "below": .text(below.wholePercent), "date": dates.value(on)])
        case let .privacyMissing(id, status):
            let values = ["tool": tool(id)]
            return switch status {
            case .pending?: Message("tools_finding_privacy_pending", values)
            case PrivacyStatus.none?: Message("tools_finding_privacy_none", values)
            default: Message("tools_finding_privacy_unwritten", values)
            }
        case let .privacyExpiring(id, expires):
            return Message("tools_finding_privacy_expiring", ["tool": tool(id), "date": dates.value(expires)])
        case let .renewalBeforeDecision(id, renewal, decisionBy):
            return Message("tools_finding_renewal_before_decision",
                           ["tool": tool(id), "renewal": dates.value(renewal), "by": dates.value(decisionBy)])
        case let .rolloutNotReady(milestone, id, integrated, privacySigned):
            let conditions = Self.conditions(tool: id, integrated: integrated, privacySigned: privacySigned)
            return Message("tools_finding_rollout_not_ready",
                           ["milestone": .text(milestone), "tool": tool(id), "conditions": .list(conditions.map { .message(condition($0)) })])
        case let .addsWithoutReplacing(work, id, samePurpose):
            return Message("tools_finding_adds_without_replacing", count: samePurpose.count,
                           ["work": .text(work), "tool": tool(id), "others": tools(samePurpose)])
        case let .unvetted(id):
            return Message("tools_finding_unvetted", ["tool": tool(id)])
        }
    }

    /// What a go/no-go gate must see before it says go: "Seesaw's data privacy agreement is signed".
    public func condition(_ condition: GateCondition) -> Message {
        switch condition.requirement {
        case .integrated: Message("tools_gate_integrated", ["tool": tool(condition.tool)])
        case .privacySigned: Message("tools_gate_privacy_signed", ["tool": tool(condition.tool)])
        }
    }

    /// The conditions a rollout of a tool waits on, in the order a gate checks them.
    static func conditions(tool: String, integrated: Bool, privacySigned: Bool) -> [GateCondition] {
        (integrated ? [] : [GateCondition(tool: tool, requirement: .integrated)])
            + (privacySigned ? [] : [GateCondition(tool: tool, requirement: .privacySigned)])
    }
}

extension EcosystemFinding.Kind {
    /// A short heading for the kind of finding: "Overlapping tools", "Not vetted".
    public var label: Message {
        switch self {
        case .overlap: Message("tools_label_overlap")
        case .notIntegrated: Message("tools_label_not_integrated")
        case .lowUtilization: Message("tools_label_low_utilization")
        case .privacyMissing: Message("tools_label_privacy_missing")
        case .privacyExpiring: Message("tools_label_privacy_expiring")
        case .renewalBeforeDecision: Message("tools_label_renewal_before_decision")
        case .rolloutNotReady: Message("tools_label_rollout_not_ready")
        case .addsWithoutReplacing: Message("tools_label_adds_without_replacing")
        case .unvetted: Message("tools_label_unvetted")
        }
    }
}

extension ToolPurpose {
    /// What the tools are for, as it reads after "used for": "learning management (LMS)".
    public var phrase: Message {
        switch self {
        case .lms: Message("tools_purpose_lms")
        case .sis: Message("tools_purpose_sis")
        case .assessment: Message("tools_purpose_assessment")
        case .curriculum: Message("tools_purpose_curriculum")
        case .intervention: Message("tools_purpose_intervention")
        case .communication: Message("tools_purpose_communication")
        case .productivity: Message("tools_purpose_productivity")
        case .other: Message("tools_purpose_other")
        }
    }
}

extension ImprovementPlan {
    /// The phrases for this plan's ecosystem, with its tools' and schools' names; nil without tools.
    public var ecosystemPhrases: EcosystemPhrases? {
        ecosystem.map { EcosystemPhrases(ecosystem: $0, schools: schools, year: start...max(start, end)) }
    }
}
