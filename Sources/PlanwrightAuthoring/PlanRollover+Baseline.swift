import PlanwrightDocument
import PlanwrightModel

/// Last year's results as the new baseline: ratings raised where the work was all done, framework
/// steps done short of that recorded, measures' latest values.
extension PlanRollover {
    func rollAssessment(_ edits: inout YAMLTextEdits, last: SchoolYearName, summary: inout Summary) {
        guard let (key, assessment) = root.pair("assessment") else { return }
        edits.comment(Self.assessmentNote(last: last), above: key)
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
                if let written = pair.value.pair("steps_done"), written.value.style == .flow || written.value.isScalar {
                    edits.replace(line: written.value.location.line, from: written.value.location.column,
                                  to: edits.endOfFlowValue(line: written.value.location.line, column: written.value.location.column), with: list)
                } else {
                    // None yet, or a list one item a line: written afresh as one line.
                    if pair.value.pair("steps_done") != nil { edits.removePair("steps_done", in: pair.value) }
                    edits.insertPair("steps_done: " + list, in: pair.value, after: "current")
                }
                summary.stepsDone += stepsDone.count
            }
        }
    }


    /// The latest value measured becomes the baseline; the values themselves stay with last year.
    func rollMeasure(_ measure: YAMLNode, done: Set<String>, _ edits: inout YAMLTextEdits) {
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
