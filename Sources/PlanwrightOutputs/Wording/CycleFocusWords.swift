import PlanwrightDocument
import PlanwrightPlanning

/// How a cycle's focus reads: what holds its slots, against `focus.per_cycle`. The limit counts
/// goals (a goal that takes on four indicators is one thing to do), so the header says "goals"
/// and each cycle names its own, never a count that the priorities listed under it contradict.
extension CycleFocus {
    /// "3 goals at once per cycle": the plan header's words for the limit.
    static func limitWords(_ focus: Int, _ w: Wording = .english) -> String {
        w.count(.cycleFocusLimit, focus)
    }

    /// "3 of 3: goals app-audit, equity-infra, lms-weekly"; over the limit, its reason (the plan's
    /// own goals overlap there, which the planner does not change). `names` gives each priority's name.
    func words(focus: Int, names: [String: String], _ w: Wording = .english) -> String {
        var parts: [String] = []
        if !goals.isEmpty { parts.append(w.count(.cycleFocusGoals, goals.count, ["names": goals.joined(separator: ", ")])) }
        if !priorities.isEmpty {
            parts.append(w.count(.cycleFocusPriorities, priorities.count, ["names": priorities.map { names[$0] ?? $0 }.joined(separator: ", ")]))
        }
        let what = parts.isEmpty ? w(.cycleFocusNothingNew) : parts.joined(separator: "; ")
        let values = ["taken": w.number(count), "limit": w.number(focus), "what": what]
        switch overBecause {
        case nil: return w(.cycleFocusWithinLimit, values)
        case .goalsOverlap?: return w(.cycleFocusOverLimit, values)
        }
    }
}
