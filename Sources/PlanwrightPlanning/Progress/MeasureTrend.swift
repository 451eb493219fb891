import PlanwrightDocument
import PlanwrightModel

/// Reads a measure's values against a straight line from its baseline on its start (the first
/// day of school, or its `from`) to its target on its `by` date, through any steps on the way:
/// the simplest pace a team can check by eye. Before its start a measure is not behind.
package struct MeasureTrend {
    /// On pace means having come at least this share of the way a steady pace would have:
    /// early in the year a few points either way is noise, later it is not.
    static let onPaceShare = 0.75
    /// A latest value older than this is flagged: the trend may have moved since.
    static let staleDays = 30
    /// A projection further out than this says more about noise than about the pace.
    static let projectionHorizonDays = 5 * 365

    let start: SchoolDate
    let end: SchoolDate
    let asOf: SchoolDate

    /// `from` is where the measure's pace starts (its own `from`, resolved); nil is the first day of school.
    func progress(of measure: Measure, goal: String, from: SchoolDate? = nil) -> MeasureProgress {
        let by = measure.by ?? end
        let start = from ?? self.start
        let values = measure.observations.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
            .map { MeasureProgress.Value(date: $0.date, value: $0.value) }
        let steps = measure.steps.map { MeasureProgress.Value(date: $0.by, value: $0.target) }
        var result = MeasureProgress(goal: goal, name: measure.name, unit: measure.unit, baseline: measure.baseline, target: measure.target,
                                     from: start, steps: steps, scope: measure.scope, by: by, values: values, achieved: nil, expected: nil, projected: nil,
                                     trend: .noData)
        guard let latest = values.last else { return result }
        let achieved = Self.share(of: latest.value, from: measure.baseline, to: measure.target)
        let expected = Self.expectedShare(on: latest.date, from: start, by: by, baseline: measure.baseline, steps: steps, target: measure.target)
        result.achieved = achieved
        result.expected = expected
        result.projected = projection(from: latest, start: start, achieved: achieved)
        if achieved < 1, latest.date <= start {
            // A rollout's measure does not move before the rollout: nothing to be behind on yet.
            result.trend = .onPace
            result.beforeStart = true
        } else if achieved >= 1 {
            result.trend = .met
        } else if by < asOf {
            // Past its date a pace means nothing: what is left is how far short it ended.
            result.trend = .missed
        } else if achieved >= expected * Self.onPaceShare {
            result.trend = .onPace
        } else {
            result.trend = .behind
        }
        let age = asOf.dayNumber - latest.date.dayNumber
        if age > Self.staleDays { result.staleDays = age }
        return result
    }

    /// How far toward the target the pace asks a value to be on `date`: the straight line from
    /// the baseline on `from` through each step to the target on `by`, as a share of the way from
    /// baseline to target. 0 before the start, 1 from `by` on.
    static func expectedShare(on date: SchoolDate, from: SchoolDate, by: SchoolDate, baseline: Double,
                              steps: [MeasureProgress.Value], target: Double) -> Double {
        let points = [MeasureProgress.Value(date: from, value: baseline)] + steps.filter { from < $0.date && $0.date < by }
            + [MeasureProgress.Value(date: max(by, from), value: target)]
        guard date > from else { return 0 }
        for (a, b) in zip(points, points.dropFirst()) where date <= b.date {
            let part = Double(date.dayNumber - a.date.dayNumber) / Double(max(1, b.date.dayNumber - a.date.dayNumber))
            let value = a.value + (b.value - a.value) * part
            return min(1, max(0, share(of: value, from: baseline, to: target)))
        }
        return 1
    }

    /// The date the target is reached if the value keeps moving as it has since its start.
    private func projection(from latest: MeasureProgress.Value, start: SchoolDate, achieved: Double) -> SchoolDate? {
        let elapsed = latest.date.dayNumber - start.dayNumber
        guard achieved > 0, achieved < 1, elapsed > 0 else { return nil }
        let days = Double(elapsed) * (1 - achieved) / achieved
        guard days <= Double(Self.projectionHorizonDays) else { return nil }
        return latest.date.adding(days: Int(days.rounded(.up)))
    }

    /// How far `value` has come from `baseline` toward `target`: 0 at the baseline, 1 at the
    /// target. Finite for any finite numbers, however large or small: where subtracting
    /// overflows (±1e308) the three are scaled down first, and the share is capped at
    /// `shareLimit` either way (a target a hair from its baseline would give a share past 1e300).
    static func share(of value: Double, from baseline: Double, to target: Double) -> Double {
        // A target equal to the baseline is "hold the line": reached while the value holds.
        if target == baseline { return value == target ? 1 : 0 }
        let way = target - baseline, come = value - baseline
        var share = come / way
        if !way.isFinite || !come.isFinite || !share.isFinite {
            let scale = max(1, abs(value), abs(baseline), abs(target))
            share = (value / scale - baseline / scale) / (target / scale - baseline / scale)
        }
        guard share.isFinite else { return share.isNaN ? 0 : (share > 0 ? shareLimit : -shareLimit) }
        return min(shareLimit, max(-shareLimit, share))
    }

    /// The largest share told apart: a value a million times the way from its baseline says
    /// all there is to say, and keeps percentages and JSON finite and short.
    static let shareLimit = 1e6
}
