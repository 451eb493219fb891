/// Reads a measure's values against a straight line from its baseline on the first day of
/// school to its target on its `by` date: the simplest pace a team can check by eye.
struct MeasureTrend {
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

    func progress(of measure: Measure, goal: String) -> MeasureProgress {
        let by = measure.by ?? end
        let values = measure.observations.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
            .map { MeasureProgress.Value(date: $0.date, value: $0.value) }
        var result = MeasureProgress(goal: goal, name: measure.name, unit: measure.unit, baseline: measure.baseline, target: measure.target,
                                     from: start, by: by, values: values, achieved: nil, expected: nil, projected: nil,
                                     trend: .noData, summary: "")
        let amount = { (value: Double) in measure.unit.map { "\(Self.number(value)) \($0)" } ?? Self.number(value) }
        let goalText = "target \(amount(measure.target)) by \(by)"
        guard let latest = values.last else {
            result.summary = "No values measured yet (baseline \(amount(measure.baseline)), \(goalText))."
            return result
        }
        let way = measure.target - measure.baseline
        // A target equal to the baseline is "hold the line": reached while the value holds.
        let achieved = way == 0 ? (latest.value == measure.target ? 1 : 0) : (latest.value - measure.baseline) / way
        let span = Double(max(1, by.dayNumber - start.dayNumber))
        let expected = min(1, max(0, Double(latest.date.dayNumber - start.dayNumber) / span))
        result.achieved = achieved
        result.expected = expected
        result.projected = projection(from: latest, measure: measure, achieved: achieved)
        let reading = "\(amount(latest.value)) on \(latest.date)"
        if achieved >= 1 {
            result.trend = .met
            result.summary = "Target met: \(reading) (\(goalText))."
        } else if achieved >= expected * Self.onPaceShare {
            result.trend = .onPace
            result.summary = "On pace: \(reading) is \(Self.percent(achieved)) of the way from \(Self.number(measure.baseline)) to \(Self.number(measure.target)); a steady pace would be at \(Self.percent(expected)) (\(goalText))."
        } else {
            result.trend = .behind
            let outlook = achieved <= 0 ? "it has not moved toward the target"
                : result.projected.map { "at this pace it reaches the target around \(Self.month($0))" } ?? "at this pace it does not reach the target within five years"
            result.summary = "Behind: \(reading) is \(Self.percent(achieved)) of the way from \(Self.number(measure.baseline)) to \(Self.number(measure.target)), where a steady pace would be at \(Self.percent(expected)); \(outlook) (\(goalText))."
        }
        let age = asOf.dayNumber - latest.date.dayNumber
        if age > Self.staleDays { result.summary += " Last measured \(age) days before \(asOf); add a newer value." }
        return result
    }

    /// The date the target is reached if the value keeps moving as it has since the first day.
    private func projection(from latest: MeasureProgress.Value, measure: Measure, achieved: Double) -> SchoolDate? {
        let elapsed = latest.date.dayNumber - start.dayNumber
        guard achieved > 0, achieved < 1, elapsed > 0 else { return nil }
        let days = Double(elapsed) * (1 - achieved) / achieved
        guard days <= Double(Self.projectionHorizonDays) else { return nil }
        return latest.date.adding(days: Int(days.rounded(.up)))
    }

    /// A measured value as people write it: `34`, not `34.0`; handouts and charts use it too.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "September 2027": a projection is not precise to the day.
    static func month(_ date: SchoolDate) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let c = date.components
        return "\(names[c.month - 1]) \(c.year)"
    }
}
