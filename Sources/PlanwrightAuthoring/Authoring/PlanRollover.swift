import PlanwrightDocument
import PlanwrightModel

/// Next year's plan from this year's (`planwright init NEXT.yaml --from LAST.yaml`), written by
/// editing last year's text so the leader's comments and layout stay:
///
/// - the district, schools, staff, training, champions, budget, funding, support and tools carry
///   as written (staff lose `joined`: they are there from the first day now);
/// - the calendar's dates move on 52 weeks, to the same weekdays (Labor Day stays a Monday), and
///   an imported calendar file, which is last year's, is commented out: both said in comments;
/// - last year's results are the new baseline: each rating rises where its work was all done
///   (every milestone of the goals serving it: to its target; every framework step: one level),
///   the framework steps finished short of that are recorded as `steps_done` and not planned
///   again, and each measure's latest value becomes its baseline;
/// - finished work stays behind (done milestones, goals whose every milestone is done, held
///   sessions, `progress`), and unfinished work carries `carried_from: 2026-27`.
struct PlanRollover {
    let plan: Plan
    let root: YAMLNode
    let text: String

    /// 52 weeks: dates keep their weekday, which is what a school calendar repeats.
    static let shift = 364

    typealias Summary = NewPlan.Summary

    func write() -> (text: String, summary: Summary) {
        var edits = YAMLTextEdits(text)
        let last = SchoolYearName(starting: plan.year.start), next = SchoolYearName(firstYear: last.firstYear + 1)
        var summary = Summary(from: last, to: next, milestonesLeftBehind: 0, milestonesCarried: 0, goalsLeftBehind: 0, ratingsRaised: 0, stepsDone: 0)
        edits.insert([
            "# \(next): started from \(last) with 'planwright init --from'. Finished work was left behind,",
            "# unfinished work carries 'carried_from: \(last)', and \(last)'s results are the new baseline.",
        ], before: 1)
        rollYear(&edits, last: last, next: next)
        rollAssessment(&edits, last: last, summary: &summary)
        rollGoals(&edits, last: last, summary: &summary)
        if let held = root["training"], held.pair("held") != nil { edits.removePair("held", in: held) }
        if root.pair("progress") != nil { edits.removePair("progress", in: root) }
        for member in root["staff"]?.items ?? [] where member.pair("joined") != nil { edits.removePair("joined", in: member) }
        return (edits.text, summary)
    }

    // MARK: The calendar

    private func rollYear(_ edits: inout YAMLTextEdits, last: SchoolYearName, next: SchoolYearName) {
        guard let (key, year) = root.pair("year") else { return }
        edits.comment(["The dates below are \(last)'s moved on 52 weeks, to the same weekdays: check each against the",
                       "board-approved \(next) calendar and correct those that differ."], above: key)
        for pair in year.pairs where pair.key.scalar != "import" { shiftDates(in: pair.value, &edits) }
        if let (importKey, importValue) = year.pair("import") {
            // Last year's export holds last year's events, all outside the new year.
            edits.comment(["\(last)'s calendar export: export the \(next) calendar and import it here."], above: importKey)
            edits.commentOut(lines: edits.lines(ofPair: importKey, value: importValue))
        }
    }

    /// Every date in a part of the file, moved on 52 weeks; keys that record what happened are left alone.
    private func shiftDates(in node: YAMLNode, _ edits: inout YAMLTextEdits) {
        if let text = node.scalar, let date = SchoolDate(iso: text), text == date.description {
            edits.replace(node, with: date.adding(days: Self.shift).description)
        } else if node.isSequence {
            for item in node.items { shiftDates(in: item, &edits) }
        } else if node.isMapping {
            for pair in node.pairs where !Self.records.contains(pair.key.scalar ?? "") { shiftDates(in: pair.value, &edits) }
        }
    }

    /// Keys never shifted: those that record last year rather than plan the next (left out), and
    /// costs, whose dates are payments in fiscal years: a licence bought on 2026-07-01 was bought then.
    private static let records: Set<String> = ["done_on", "observations", "status", "blocked_because", "held", "costs"]

    // MARK: The baseline

    private func rollAssessment(_ edits: inout YAMLTextEdits, last: SchoolYearName, summary: inout Summary) {
        guard let (key, assessment) = root.pair("assessment") else { return }
        edits.comment(["The baseline is where \(last)'s work left each indicator: re-assess with the team, then write",
                       "the date you agreed."], above: key)
        if let date = assessment["date"], date.isScalar { edits.replace(date, with: plan.year.end.description) }
        let scale = plan.framework.scale
        let finished = Set(plan.progress.filter { $0.status == .done }.map(\.milestone.id))
        for pair in assessment["ratings"]?.pairs ?? [] {
            guard let id = pair.key.scalar, let rating = plan.assessment.ratings.first(where: { $0.indicator.id == id }),
                  let current = pair.value["current"], current.isScalar else { continue }
            let goals = plan.goals.filter { goal in !goal.milestones.isEmpty && goal.indicators.contains { $0.id == id } }
            let steps = plan.framework.indicator(id).map { indicator in indicator.steps.indices.map { "\(id)-\($0 + 1)" } } ?? []
            let recorded = Set(rating.stepsDone.map(\.id))
            let stepsDone = steps.filter { finished.contains($0) || recorded.contains($0) }
            var raised: Level?, why = ""
            if !goals.isEmpty, goals.allSatisfy({ $0.milestones.allSatisfy { $0.status == .done } }) {
                raised = scale.aim(of: rating)
                why = "every milestone of \(goals.map(\.id).joined(separator: ", ")) done"
            } else if goals.isEmpty, !steps.isEmpty, stepsDone.count == steps.count {
                raised = Level(min(rating.current.index + 1, scale.levels.count - 1))
                why = "every framework step done"
            }
            if let raised, raised != rating.current {
                let written = Int(current.scalar!) != nil ? "\(scale.number(of: raised))" : CommentedYAML.scalar(scale.name(of: raised))
                edits.replace(current, with: written)
                edits.appendComment("\(last): rose from \(scale.number(of: rating.current)) (\(why))", to: current.location.line)
                if pair.value.pair("steps_done") != nil { edits.removePair("steps_done", in: pair.value) }
                summary.ratingsRaised += 1
            } else if !stepsDone.isEmpty, goals.isEmpty {
                let list = "[" + stepsDone.joined(separator: ", ") + "]"
                if let written = pair.value.pair("steps_done") {
                    edits.replace(line: written.value.location.line, from: written.value.location.column,
                                  to: edits.endOfFlowValue(line: written.value.location.line, column: written.value.location.column), with: list)
                } else {
                    edits.insertPair("steps_done: " + list, in: pair.value, after: "current")
                }
                summary.stepsDone += stepsDone.count
            }
        }
    }

    // MARK: Goals, milestones and measures

    private func rollGoals(_ edits: inout YAMLTextEdits, last: SchoolYearName, summary: inout Summary) {
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
    private func carry(_ milestone: YAMLNode, done: Set<String>, last: SchoolYearName, _ edits: inout YAMLTextEdits) {
        shiftDates(in: milestone, &edits)
        // Work under way was paid for when it started, last year; work not started is paid when it does.
        if let status = milestone["status"]?.scalar, [MilestoneStatus.inProgress, .blocked].map(\.rawValue).contains(status) {
            keepPaid(milestone["costs"], last: last, &edits)
        }
        if let status = milestone["status"]?.scalar, status != MilestoneStatus.blocked.rawValue { edits.removePair("status", in: milestone) }
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
    private func keepPaid(_ costs: YAMLNode?, last: SchoolYearName, _ edits: inout YAMLTextEdits) {
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
    private func passedGate(_ id: String) -> Bool {
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

    /// The latest value measured becomes the baseline; the values themselves stay with last year.
    private func rollMeasure(_ measure: YAMLNode, done: Set<String>, _ edits: inout YAMLTextEdits) {
        for pair in measure.pairs where !["observations", "baseline", "from"].contains(pair.key.scalar ?? "") { shiftDates(in: pair.value, &edits) }
        if let from = measure["from"] {
            if let text = from.scalar, done.contains(text) { edits.removePair("from", in: measure) } else { shiftDates(in: from, &edits) }
        }
        let observations = (measure["observations"]?.items ?? []).compactMap { item -> (SchoolDate, String)? in
            guard let date = item["date"]?.scalar.flatMap(SchoolDate.init(iso:)), let value = item["value"]?.scalar else { return nil }
            return (date, value)
        }
        guard let latest = observations.max(by: { $0.0 < $1.0 }) else { return }
        if let baseline = measure["baseline"], baseline.isScalar {
            edits.replace(baseline, with: latest.1)
            edits.appendComment("last measured \(latest.0); was \(baseline.scalar ?? "")", to: baseline.location.line)
        }
        edits.removePair("observations", in: measure)
    }
}
