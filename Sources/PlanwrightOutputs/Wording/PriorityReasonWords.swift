import PlanwrightDocument
import PlanwrightComparison
import PlanwrightModel
import PlanwrightPlanning

/// A priority's why in words, written to be read aloud at a meeting: the plan, the report, the
/// diff and plan.json all say it this way, in the wording's language.
enum PriorityReasonWords {
    /// "Differentiated training is at Emerging and aims for Established, 2 levels up": where the
    /// indicator stands and aims, the why's first clause and what a school handout gives each focus.
    static func standing(name: String, current: String, target: String, gap: Int, weight: Double, _ w: Wording) -> String {
        var parts = [w(.priorityStanding, ["name": name, "current": current, "target": target])]
        if gap > 1 { parts.append(w.count(.priorityLevelsUp, gap)) }
        if weight > 1 { parts.append(w(.priorityWeighsMore)) }
        return parts.joined(separator: ", ")
    }

    static func standing(_ p: Priority, _ w: Wording) -> String {
        standing(name: p.name, current: p.current, target: p.target, gap: p.gap, weight: p.weight, w)
    }

    /// The whole why: where it stands, then each reason, as one sentence.
    static func why(standing: String, reasons: [PriorityReason], _ w: Wording) -> String {
        ([standing] + reasons.map { clause($0, w) }).joined(separator: "; ") + "."
    }

    static func why(_ p: Priority, _ w: Wording) -> String { why(standing: standing(p, w), reasons: p.reasons, w) }

    /// The new plan's why for a changed priority; nil for a dropped one.
    static func why(_ change: PriorityChange, _ w: Wording) -> String? {
        guard let reasons = change.reasons, let gap = change.newGap, let weight = change.newWeight else { return nil }
        let standing = standing(name: change.name, current: change.newCurrent ?? "", target: change.newTarget ?? "", gap: gap, weight: weight, w)
        return why(standing: standing, reasons: reasons, w)
    }

    static func clause(_ reason: PriorityReason, _ w: Wording) -> String {
        switch reason {
        case let .equitySchools(schools):
            w.count(.priorityEquitySchools, schools.count, ["schools": w.list(schools)])
        case let .takenOnByGoal(goal, cycle):
            w(.priorityTakenOnByGoal, ["goal": goal, "cycle": w.number(cycle)])
        case let .waitsFor(indicators, cycle):
            w.count(.priorityWaitsFor, indicators.count, ["indicators": w.list(indicators), "cycle": w.number(cycle)])
        case let .prerequisiteDeferred(indicators):
            w(.priorityPrerequisiteDeferred, ["indicators": w.list(indicators)])
        case let .focusFull(slots):
            w.count(.priorityFocusFull, slots)
        case let .ratersDisagree(high, low):
            w(.priorityRatersDisagree, ["high_rater": high.rater, "high_level": high.level, "low_rater": low.rater, "low_level": low.level])
        }
    }
}
