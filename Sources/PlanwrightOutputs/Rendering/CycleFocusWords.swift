import PlanwrightPlanning

/// How a cycle's focus reads: what holds its slots, against `focus.per_cycle`. The limit counts
/// goals (a goal that takes on four indicators is one thing to do), so the header says "goals"
/// and each cycle names its own, never a count that the priorities listed under it contradict.
extension CycleFocus {
    /// "3 goals at once per cycle": the plan header's words for the limit.
    static func limitWords(_ focus: Int) -> String {
        "\(focus) \(focus == 1 ? "goal" : "goals") at once per cycle"
    }

    /// "3 of 3: goals app-audit, equity-infra, lms-weekly"; over the limit, its reason (the plan's
    /// own goals overlap there, which the planner does not change). `names` gives each priority's name.
    func words(focus: Int, names: [String: String]) -> String {
        var parts: [String] = []
        if !goals.isEmpty { parts.append("\(goals.count == 1 ? "goal" : "goals") \(goals.joined(separator: ", "))") }
        if !priorities.isEmpty {
            parts.append("\(priorities.count == 1 ? "priority" : "priorities") \(priorities.map { names[$0] ?? $0 }.joined(separator: ", "))")
        }
        let what = parts.isEmpty ? "nothing new under way" : parts.joined(separator: "; ")
        switch overBecause {
        case nil: return "\(count) of \(focus): \(what)"
        case .goalsOverlap?: return "\(count), more than \(focus), because the plan's own goals all have work in this cycle: \(what)"
        }
    }
}
