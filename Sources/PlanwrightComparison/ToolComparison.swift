import PlanwrightModel
import PlanwrightPlanning

/// How the district's tools changed between two versions: tools added, tools retired (gone from
/// the inventory, or now decided to retire), and for the others what a leader argues from —
/// how much they are used, what is decided about them, how they connect, and whether a privacy
/// agreement covers them. Facts only; `PlanDiffMarkdown` words them.
public struct ToolChanges: Sendable, Codable, Equatable {
    /// In the new version's order.
    public var added: [AddedTool] = []
    /// Decided to retire in the new version's order, then tools gone from it in the old one's.
    public var retired: [RetiredTool] = []
    /// Tools in both versions, not retired, with something changed; in the new version's order.
    public var changed: [ToolChange] = []

    public var isEmpty: Bool { added.isEmpty && retired.isEmpty && changed.isEmpty }
}

public struct AddedTool: Sendable, Codable, Equatable {
    public var tool: String
    public var name: String
    public var purpose: ToolPurpose?
    /// False for a tool only the app report shows: added to what the district uses, not vetted.
    public var vetted: Bool
}

public struct RetiredTool: Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable {
        /// No longer in the inventory.
        case gone
        /// Still listed, with its decision now `retire`.
        case decided
    }

    public var tool: String
    public var name: String
    public var reason: Reason
    /// The decision it had before (nil when it had none).
    public var oldAction: ToolAction?
    /// For `decided`: the day the retirement is decided by, if the plan says.
    public var by: SchoolDate?
}

/// One tool's changes; a part is nil (or empty) where it did not change.
public struct ToolChange: Sendable, Codable, Equatable {
    public var tool: String
    public var name: String
    public var utilization: UtilizationChange?
    public var decision: DecisionChange?
    /// In the order single sign-on, rostering, LTI, grade passback.
    public var integration: [IntegrationChange] = []
    public var privacy: PrivacyChange?

    var isEmpty: Bool { utilization == nil && decision == nil && integration.isEmpty && privacy == nil }
}

/// The latest share of licences in use in each version, and whether it is below each version's
/// threshold for low utilization.
public struct UtilizationChange: Sendable, Codable, Equatable {
    public var old: Share
    public var oldOn: SchoolDate
    public var new: Share
    public var newOn: SchoolDate
    public var oldLow: Bool
    public var newLow: Bool
    /// The new version's threshold.
    public var threshold: Share

    /// A move this large (in hundredths of a percent: 10 points) is news, as is crossing the threshold.
    public static let notable = 1_000
}

public struct DecisionChange: Sendable, Codable, Equatable {
    public var oldAction: ToolAction?
    public var oldBy: SchoolDate?
    /// For `replace`: the tool that takes its place, by its name in that version.
    public var oldReplacement: String?
    public var newAction: ToolAction?
    public var newBy: SchoolDate?
    public var newReplacement: String?
}

public struct IntegrationChange: Sendable, Codable, Equatable {
    public enum Standard: String, Sendable, Codable, CaseIterable {
        case sso, rostering, lti
        case gradePassback = "grade_passback"
    }

    public var standard: Standard
    public var old: IntegrationState
    public var new: IntegrationState
}

public struct PrivacyChange: Sendable, Codable, Equatable {
    public var oldStatus: PrivacyStatus?
    public var oldExpires: SchoolDate?
    public var newStatus: PrivacyStatus?
    public var newExpires: SchoolDate?
}

/// Compares the tools of two planned versions, matched by id.
enum ToolComparison {
    /// nil when neither version lists tools, or nothing about them changed.
    static func compare(_ old: PlannedEcosystem?, _ new: PlannedEcosystem?, acrossYears: Bool) -> ToolChanges? {
        guard old != nil || new != nil else { return nil }
        let oldTools = old?.tools ?? [], newTools = new?.tools ?? []
        let before = Dictionary(oldTools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(newTools.map(\.id))
        let oldNames = Dictionary(oldTools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let newNames = Dictionary(newTools.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var changes = ToolChanges()
        var seen = Set<String>()
        for now in newTools where seen.insert(now.id).inserted {
            guard let was = before[now.id] else {
                changes.added.append(AddedTool(tool: now.id, name: now.name, purpose: now.purpose, vetted: now.vetted))
                continue
            }
            if now.decision == .retire && was.decision != .retire {
                changes.retired.append(RetiredTool(tool: now.id, name: now.name, reason: .decided, oldAction: was.decision, by: now.decisionBy))
                continue
            }
            var change = ToolChange(tool: now.id, name: now.name)
            change.utilization = utilization(was, now, old: old?.lowUtilization ?? ToolInventory.defaultLowUtilization,
                                             new: new?.lowUtilization ?? ToolInventory.defaultLowUtilization)
            change.decision = decision(was, now, acrossYears: acrossYears, oldNames: oldNames, newNames: newNames)
            change.integration = integration(was, now)
            change.privacy = privacy(was, now)
            if !change.isEmpty { changes.changed.append(change) }
        }
        var gone = Set<String>()
        for was in oldTools where !after.contains(was.id) && gone.insert(was.id).inserted {
            changes.retired.append(RetiredTool(tool: was.id, name: was.name, reason: .gone, oldAction: was.decision))
        }
        return changes.isEmpty ? nil : changes
    }

    /// Only when both versions know the share: moved by 10 points or more, or crossed the threshold.
    private static func utilization(_ was: PlannedTool, _ now: PlannedTool, old: Share, new: Share) -> UtilizationChange? {
        guard let a = was.latestUtilization, let b = now.latestUtilization else { return nil }
        let change = UtilizationChange(old: a.share, oldOn: a.date, new: b.share, newOn: b.date,
                                       oldLow: a.share < old, newLow: b.share < new, threshold: new)
        let moved = abs(b.share.basisPoints - a.share.basisPoints) >= UtilizationChange.notable
        return moved || change.oldLow != change.newLow ? change : nil
    }

    /// The action, what replaces the tool, or the day it is decided by; across school years a
    /// review's day moves with the year and says nothing, so only the action and replacement count.
    private static func decision(_ was: PlannedTool, _ now: PlannedTool, acrossYears: Bool,
                                 oldNames: [String: String], newNames: [String: String]) -> DecisionChange? {
        let dayMoved = !acrossYears && was.decisionBy != now.decisionBy
        guard was.decision != now.decision || was.replacement != now.replacement || dayMoved else { return nil }
        return DecisionChange(oldAction: was.decision, oldBy: was.decisionBy, oldReplacement: was.replacement.map { oldNames[$0] ?? $0 },
                              newAction: now.decision, newBy: now.decisionBy, newReplacement: now.replacement.map { newNames[$0] ?? $0 })
    }

    private static func integration(_ was: PlannedTool, _ now: PlannedTool) -> [IntegrationChange] {
        IntegrationChange.Standard.allCases.compactMap { standard in
            let a = state(was, standard), b = state(now, standard)
            return a == b ? nil : IntegrationChange(standard: standard, old: a, new: b)
        }
    }

    private static func state(_ tool: PlannedTool, _ standard: IntegrationChange.Standard) -> IntegrationState {
        switch standard {
        case .sso: tool.sso
        case .rostering: tool.rostering
        case .lti: tool.lti
        case .gradePassback: tool.gradePassback
        }
    }

    private static func privacy(_ was: PlannedTool, _ now: PlannedTool) -> PrivacyChange? {
        guard was.privacy != now.privacy || was.privacyExpires != now.privacyExpires else { return nil }
        return PrivacyChange(oldStatus: was.privacy, oldExpires: was.privacyExpires, newStatus: now.privacy, newExpires: now.privacyExpires)
    }
}
