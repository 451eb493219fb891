/// Why a priority is where it is, as facts the outputs put into words: which rule raised it and
/// what placed it (or kept it out of) a cycle. Gap and weight are the priority's own fields.
public enum PriorityReason: Sendable, Codable, Equatable {
    /// Schools flagged as needing support rate it lower than the district (their names); the
    /// score counts the largest such difference on top of the gap.
    case equitySchools(schools: [String])
    /// A plan goal that serves the indicator takes it on from the first cycle of its work.
    case takenOnByGoal(goal: String, cycle: Int)
    /// Placed in a cycle after the indicators it requires (their names) have had one.
    case waitsFor(indicators: [String], cycle: Int)
    /// An indicator it requires (names) is itself deferred, so it goes to next year too.
    case prerequisiteDeferred(indicators: [String])
    /// Every cycle's focus slots (`focus.per_cycle`) are held by goals and higher priorities.
    case focusFull(slots: Int)
    /// Raters differ by two levels or more: the highest and the lowest, to discuss first.
    case ratersDisagree(high: RaterLevel, low: RaterLevel)
}

/// One rater's level on an indicator, by the rater's id and the scale's level name.
public struct RaterLevel: Sendable, Codable, Equatable {
    public var rater: String
    public var level: String
}

extension PriorityReason {
    /// The reasons of a placed or deferred priority, in the order they are read: what raised
    /// it, what placed it, and whether its raters must talk first.
    static func facts(for p: Priority, disagreement: PriorityReason?, focus: Int, names: [String: String],
                      prerequisiteDeferred: Bool, byGoal: Bool) -> [PriorityReason] {
        var reasons: [PriorityReason] = []
        if !p.equitySchools.isEmpty { reasons.append(.equitySchools(schools: p.equitySchools)) }
        let waited = p.waitsFor.map { names[$0] ?? $0 }
        if byGoal, let cycle = p.cycle, let goal = p.goal {
            reasons.append(.takenOnByGoal(goal: goal, cycle: cycle))
        } else if let cycle = p.cycle {
            if !waited.isEmpty { reasons.append(.waitsFor(indicators: waited, cycle: cycle)) }
        } else if prerequisiteDeferred {
            reasons.append(.prerequisiteDeferred(indicators: waited))
        } else {
            reasons.append(.focusFull(slots: focus))
        }
        if let disagreement { reasons.append(disagreement) }
        return reasons
    }
}
