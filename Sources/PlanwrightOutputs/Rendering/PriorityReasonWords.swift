import PlanwrightDocument
import PlanwrightComparison
import PlanwrightModel
import PlanwrightPlanning

/// A priority's why in words, written to be read aloud at a meeting: the plan, the report, the
/// diff and plan.json all say it this way.
enum PriorityReasonWords {
    /// "Differentiated training is at Emerging and aims for Established, 2 levels up": where the
    /// indicator stands and aims, the why's first clause and what a school handout gives each focus.
    static func standing(name: String, current: String, target: String, gap: Int, weight: Double) -> String {
        var standing = "\(name) is at \(current) and aims for \(target)"
        if gap > 1 { standing += ", \(gap) levels up" }
        if weight > 1 { standing += ", on an indicator that weighs more than most" }
        return standing
    }

    static func standing(_ p: Priority) -> String {
        standing(name: p.name, current: p.current, target: p.target, gap: p.gap, weight: p.weight)
    }

    /// The whole why: where it stands, then each reason, as one sentence.
    static func why(standing: String, reasons: [PriorityReason]) -> String {
        ([standing] + reasons.map(clause)).joined(separator: "; ") + "."
    }

    static func why(_ p: Priority) -> String { why(standing: standing(p), reasons: p.reasons) }

    static func clause(_ reason: PriorityReason) -> String {
        switch reason {
        case let .equitySchools(schools):
            "\(schools.joinedAsList()), flagged as needing support, \(schools.count == 1 ? "rates" : "rate") it lower still"
        case let .takenOnByGoal(goal, cycle):
            "the goal '\(goal)' takes it on from cycle \(cycle)"
        case let .waitsFor(indicators, cycle):
            "it comes in cycle \(cycle), after \(indicators.joinedAsList()) \(indicators.count == 1 ? "has" : "have") had a cycle"
        case let .prerequisiteDeferred(indicators):
            "it waits for \(indicators.joinedAsList()), which is deferred, so it moves to next year"
        case let .focusFull(slots):
            "the \(Plural.count(slots, "focus slot")) of every cycle \(Plural.verb(slots, "is", "are")) taken by goals and higher priorities, so it moves to next year"
        case let .ratersDisagree(high, low):
            "raters disagree (\(high.rater): \(high.level), \(low.rater): \(low.level)), so discuss it before prioritizing"
        }
    }
}

extension PriorityReasonWords {
    /// The new plan's why for a changed priority; nil for a dropped one.
    static func why(_ change: PriorityChange) -> String? {
        guard let reasons = change.reasons, let gap = change.newGap, let weight = change.newWeight else { return nil }
        let standing = standing(name: change.name, current: change.newCurrent ?? "", target: change.newTarget ?? "", gap: gap, weight: weight)
        return why(standing: standing, reasons: reasons)
    }
}
