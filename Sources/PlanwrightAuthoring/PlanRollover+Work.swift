import PlanwrightDocument
import PlanwrightModel

/// Finished work left behind, unfinished work carried over, and what it costs kept paid.
extension PlanRollover {
    func rollGoals(_ edits: inout YAMLTextEdits, last: SchoolYearName, summary: inout Summary) {
        guard let (goalsKey, goalsNode) = root.pair("goals"), goalsNode.isSequence else { return }
        let done = Set(plan.milestones.filter { $0.status == .done }.map(\.id))
        let finished = plan.goals.filter { !$0.milestones.isEmpty && $0.milestones.allSatisfy { $0.status == .done } }.map(\.id)
        // A plan needs a goal: when every goal is finished they all stay, for the leader to renew.
        let leaveBehind = Set(finished.count < plan.goals.count ? finished : [])
        if !leaveBehind.isEmpty {
            let titles = plan.goals.filter { leaveBehind.contains($0.id) }.map { "\($0.id) (\($0.title))" }
            edits.comment(["Finished in \(last) and left behind: " + titles.joined(separator: "; ") + "."], above: goalsKey)
        }
        for (index, goal) in goalsNode.items.enumerated() {
            guard let id = goal["id"]?.scalar else { continue }
            if leaveBehind.contains(id) {
                edits.removeItem(index, of: goalsNode)
                summary.goalsLeftBehind += 1
                summary.milestonesLeftBehind += plan.goals.first { $0.id == id }?.milestones.count ?? 0
                continue
            }
            for pair in goal.pairs where !["milestones", "measures", "costs"].contains(pair.key.scalar ?? "") { shiftDates(in: pair.value, &edits) }
            // A goal's costs are paid from its first day of school, which was last year's.
            keepPaid(goal["costs"], last: last, &edits)
            for measure in goal["measures"]?.items ?? [] { rollMeasure(measure, done: done, &edits) }
            guard let milestones = goal["milestones"], milestones.isSequence else { continue }
            for (position, milestone) in milestones.items.enumerated() {
                guard let milestoneID = milestone["id"]?.scalar else { continue }
                if done.contains(milestoneID) {
                    edits.removeItem(position, of: milestones)
                    summary.milestonesLeftBehind += 1
                } else {
                    carry(milestone, done: done, last: last, &edits)
                    summary.milestonesCarried += 1
                }
            }
        }
    }

    /// Unfinished work, marked as carried over; its dates move on, its record of last year goes.
    func carry(_ milestone: YAMLNode, done: Set<String>, last: SchoolYearName, _ edits: inout YAMLTextEdits) {
        shiftDates(in: milestone, &edits)
        // Work under way was paid for when it started, last year; work not started is paid when it does.
        if let status = milestone["status"]?.scalar, [MilestoneStatus.inProgress, .blocked].map(\.rawValue).contains(status) {
            keepPaid(milestone["costs"], last: last, &edits)
        }
        if let status = milestone["status"]?.scalar, status != MilestoneStatus.blocked.rawValue {
            // The day the status was recorded goes with it.
            edits.removePair("status", in: milestone)
            if milestone.pair("since") != nil { edits.removePair("since", in: milestone) }
        }
        if milestone.pair("done_on") != nil { edits.removePair("done_on", in: milestone) }
        if let after = milestone["after"] {
            if let single = after.scalar {
                if done.contains(single) { edits.removePair("after", in: milestone) }
            } else if after.isSequence {
                let kept = after.items.filter { !done.contains($0.scalar ?? "") }
                if kept.isEmpty {
                    edits.removePair("after", in: milestone)
                } else {
                    for (index, item) in after.items.enumerated() where done.contains(item.scalar ?? "") { edits.removeItem(index, of: after) }
                }
            }
        }
        var marks: [String] = []
        if milestone.pair("carried_from") == nil { marks.append("carried_from: \(last)") }
        if let id = milestone["id"]?.scalar, milestone.pair("gate_passed") == nil, passedGate(id) { marks.append("gate_passed: \(last)") }
        edits.insertPairs(marks, in: milestone, after: "title")
    }

    /// Costs with no date of their own are paid when their work starts; for work that started last
    /// year that was last year, so they are dated to its first day: a one-time purchase is not
    /// bought again, and a recurring one keeps its payments.
    func keepPaid(_ costs: YAMLNode?, last: SchoolYearName, _ edits: inout YAMLTextEdits) {
        for cost in costs?.items ?? [] where cost.isMapping && cost.pair("on") == nil {
            let note = "paid from \(last), when the work started"
            if cost.style == .flow {
                edits.insertPair("on: \(plan.year.start)", in: cost, after: "amount")
                edits.appendComment(note, to: cost.location.line)
            } else {
                edits.insertPair("on: \(plan.year.start)  # " + note, in: cost, after: "amount")
            }
        }
    }

    /// Whether a rollout's go/no-go said go: a gate it comes after (directly or not) is done, or
    /// the gate the planner added before it is recorded done under `progress`.
    func passedGate(_ id: String) -> Bool {
        let milestones = Dictionary(plan.milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let rollout = milestones[id], rollout.kind == .rollout else { return false }
        if plan.progress.contains(where: { $0.milestone.id == "\(id)-gate" && $0.status == .done }) { return true }
        var seen = Set<String>(), waiting = rollout.after.map(\.id)
        while let next = waiting.popLast() {
            guard seen.insert(next).inserted, let milestone = milestones[next] else { continue }
            if milestone.kind == .gate && milestone.status == .done { return true }
            waiting += milestone.after.map(\.id)
        }
        return false
    }
}
