import PlanwrightDocument

/// The one sentence of *why* each priority carries, written to be read aloud at a meeting.
enum PriorityReason {
    static func sentence(for p: Priority, disagreement: String, focus: Int, names: [String: String],
                         prerequisiteDeferred: Bool, byGoal: Bool) -> String {
        var parts = [p.standing]
        if !p.equitySchools.isEmpty {
            parts.append("\(list(p.equitySchools)), flagged as needing support, \(p.equitySchools.count == 1 ? "rates" : "rate") it lower still")
        }
        let waited = p.waitsFor.map { names[$0] ?? $0 }
        if byGoal, let cycle = p.cycle, let goal = p.goal {
            parts.append("the goal '\(goal)' takes it on from cycle \(cycle)")
        } else if let cycle = p.cycle {
            if !waited.isEmpty { parts.append("it comes in cycle \(cycle), after \(list(waited)) \(waited.count == 1 ? "has" : "have") had a cycle") }
        } else if prerequisiteDeferred {
            parts.append("it waits for \(list(waited)), which is deferred, so it moves to next year")
        } else {
            parts.append("the \(Plural.count(focus, "focus slot")) of every cycle \(Plural.verb(focus, "is", "are")) taken by goals and higher priorities, so it moves to next year")
        }
        if !disagreement.isEmpty { parts.append(disagreement) }
        return parts.joined(separator: "; ") + "."
    }

    /// Where the indicator stands and aims: the first clause of the reason, and the one a
    /// school handout gives each focus.
    static func standing(of p: Priority) -> String {
        var standing = "\(p.name) is at \(p.current) and aims for \(p.target)"
        if p.gap > 1 { standing += ", \(p.gap) levels up" }
        if p.weight > 1 { standing += ", on an indicator that weighs more than most" }
        return standing
    }

    static func list(_ items: [String]) -> String { items.joinedAsList() }
}
