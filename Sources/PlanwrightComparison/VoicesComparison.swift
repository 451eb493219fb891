import PlanwrightModel
import PlanwrightPlanning

/// How stakeholder views changed between two versions: each group's response count, and each
/// group's view of an indicator (its median moved, or its gap with the team flagged or cleared).
/// Compared as both versions show them, suppressed: a diff must not give away what a build hides.
public struct VoicesChanges: Sendable, Codable, Equatable {
    public var responses: [ResponseChange]
    public var views: [ViewChange]

    public var isEmpty: Bool { responses.isEmpty && views.isEmpty }
}

/// A group's count in each version: nil `responses` with `surveyed` is "fewer than the threshold".
public struct ResponseTally: Sendable, Codable, Equatable {
    public var surveyed: Bool
    public var responses: Int?
    public var minResponses: Int
}

public struct ResponseChange: Sendable, Codable, Equatable {
    public var group: VoiceGroup
    public var old: ResponseTally
    public var new: ResponseTally
}

/// One group's view of one indicator in each version; a nil median was not shown (not asked, or too few).
public struct ViewChange: Sendable, Codable, Equatable {
    public var indicator: String
    public var name: String
    public var group: VoiceGroup
    /// Whether the version's surveys asked the group about the indicator at all.
    public var oldAsked: Bool
    public var newAsked: Bool
    public var oldMedian: Int?
    public var oldMedianName: String?
    public var newMedian: Int?
    public var newMedianName: String?
    public var oldFlagged: Bool
    public var newFlagged: Bool
}

enum VoicesComparison {
    static func compare(_ old: StakeholderViews?, _ new: StakeholderViews?) -> VoicesChanges? {
        guard old != nil || new != nil else { return nil }
        let groups = Set((old?.groups ?? []).map(\.group) + (new?.groups ?? []).map(\.group)).sorted()
        let responses: [ResponseChange] = groups.compactMap { group in
            let was = tally(old, group), now = tally(new, group)
            return was == now ? nil : ResponseChange(group: group, old: was, new: now)
        }
        let oldIndicators = Dictionary((old?.indicators ?? []).map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        let newIndicators = Dictionary((new?.indicators ?? []).map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        // The new version's order (flagged first), then indicators only the old one asked about.
        let order = (new?.indicators ?? []).map(\.indicator) + (old?.indicators ?? []).map(\.indicator).filter { newIndicators[$0] == nil }
        var views: [ViewChange] = []
        for id in order {
            let was = oldIndicators[id], now = newIndicators[id]
            for group in groups {
                let before = was?.groups.first { $0.group == group }, after = now?.groups.first { $0.group == group }
                let change = ViewChange(indicator: id, name: now?.name ?? was?.name ?? id, group: group, oldAsked: before != nil, newAsked: after != nil,
                                        oldMedian: before?.median, oldMedianName: before?.medianName,
                                        newMedian: after?.median, newMedianName: after?.medianName,
                                        oldFlagged: before?.flagged ?? false, newFlagged: after?.flagged ?? false)
                if change.oldMedian != change.newMedian || change.oldFlagged != change.newFlagged { views.append(change) }
            }
        }
        let changes = VoicesChanges(responses: responses, views: views)
        return changes.isEmpty ? nil : changes
    }

    private static func tally(_ views: StakeholderViews?, _ group: VoiceGroup) -> ResponseTally {
        let counted = views?.groups.first { $0.group == group }
        return ResponseTally(surveyed: counted != nil, responses: counted?.responses, minResponses: views?.minResponses ?? Voices.defaultMinResponses)
    }
}
