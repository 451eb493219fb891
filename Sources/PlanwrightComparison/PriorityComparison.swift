import PlanwrightPlanning

/// A priority that is new, dropped, or placed in another cycle (or deferred past this year).
public struct PriorityChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case added, dropped
        /// Worked on in another cycle this year.
        case moved
        /// Was in a cycle, now waits for next year.
        case deferred
        /// Was waiting for next year, now in a cycle.
        case scheduled
    }

    public enum DropReason: String, Sendable, Codable {
        /// Its current level now meets its target.
        case reachedTarget = "reached_target"
        /// The indicator is no longer rated.
        case notRated = "not_rated"
    }

    public var kind: Kind
    public var indicator: String
    public var name: String
    public var oldCycle: Int?
    public var newCycle: Int?
    /// Level names, before and after; nil on the side where it is not a priority.
    public var oldCurrent: String?
    public var oldTarget: String?
    public var newCurrent: String?
    public var newTarget: String?
    /// The goal that takes it on in the new plan.
    public var goal: String?
    /// The new plan's levels between current and target, and the indicator's weight: with the
    /// reasons, what the new plan's why is worded from.
    public var newGap: Int?
    public var newWeight: Double?
    /// Why the new plan has it where it is, as facts.
    public var reasons: [PriorityReason]?
    public var dropReason: DropReason?

    /// Written only: the new plan's why in words, as the diff's JSON has always had it.
    enum WordsKey: String, CodingKey { case why }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(oldCycle, forKey: .oldCycle)
        try c.encodeIfPresent(newCycle, forKey: .newCycle)
        try c.encodeIfPresent(oldCurrent, forKey: .oldCurrent)
        try c.encodeIfPresent(oldTarget, forKey: .oldTarget)
        try c.encodeIfPresent(newCurrent, forKey: .newCurrent)
        try c.encodeIfPresent(newTarget, forKey: .newTarget)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encodeIfPresent(newGap, forKey: .newGap)
        try c.encodeIfPresent(newWeight, forKey: .newWeight)
        try c.encodeIfPresent(reasons, forKey: .reasons)
        try c.encodeIfPresent(dropReason, forKey: .dropReason)
        if let reasons, let newGap, let newWeight, let words = encoder.planSentences {
            var w = encoder.container(keyedBy: WordsKey.self)
            try w.encode(words.why(name: name, current: newCurrent ?? "", target: newTarget ?? "", gap: newGap, weight: newWeight, reasons: reasons), forKey: .why)
        }
    }
}

enum PriorityComparison {
    /// In the new plan's ranking order, then the dropped ones in the old plan's order.
    static func compare(_ old: ImprovementPlan, _ new: ImprovementPlan) -> [PriorityChange] {
        let before = Dictionary(old.priorities.map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.priorities.map(\.indicator))
        var changes: [PriorityChange] = new.priorities.compactMap { p in
            let was = before[p.indicator]
            let kind: PriorityChange.Kind
            switch (was?.cycle, p.cycle) {
            case _ where was == nil: kind = .added
            case let (a?, b?) where a != b: kind = .moved
            case (_?, nil): kind = .deferred
            case (nil, _?): kind = .scheduled
            default: return nil
            }
            return PriorityChange(kind: kind, indicator: p.indicator, name: p.name, oldCycle: was?.cycle, newCycle: p.cycle,
                                  oldCurrent: was?.current, oldTarget: was?.target, newCurrent: p.current, newTarget: p.target,
                                  goal: p.goal, newGap: p.gap, newWeight: p.weight, reasons: p.reasons)
        }
        let assessed = Dictionary(new.assessment.map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        for p in old.priorities where !after.contains(p.indicator) {
            let now = assessed[p.indicator]
            changes.append(PriorityChange(
                kind: .dropped, indicator: p.indicator, name: p.name, oldCycle: p.cycle, oldCurrent: p.current, oldTarget: p.target,
                newCurrent: now.map { new.scale.levelName($0.current) }, newTarget: now.map { new.scale.levelName($0.target) },
                dropReason: now == nil ? .notRated : .reachedTarget))
        }
        return changes
    }
}
