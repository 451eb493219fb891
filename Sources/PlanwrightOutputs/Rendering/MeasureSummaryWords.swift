import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// A measure's values against its pace in words read at staff meetings: `status`, the handouts,
/// the chart's label and plan.json say it this way.
enum MeasureSummaryWords {
    static func summary(_ m: MeasureProgress, asOf: SchoolDate, dates: PeopleDates) -> String {
        let amount = { (value: Double) in m.unit.map { "\(number(value)) \(Plural.unit($0, for: value))" } ?? number(value) }
        // How far apart two values are: for a measure in percent, in percentage points.
        let gap = { (value: Double) in m.unit.map { "\(number(value)) \(Plural.differenceUnit($0, for: value))" } ?? number(value) }
        let goalText = "target \(amount(m.target)) by \(dates.day(m.by))"
        guard let latest = m.values.last, let achieved = m.achieved, let expected = m.expected else {
            return "No values measured yet (baseline \(amount(m.baseline)), \(goalText))."
        }
        let reading = "\(amount(latest.value)) on \(dates.day(latest.date))"
        let pace = m.steps.isEmpty ? "a steady pace" : "its steps"
        let way = "\(percent(achieved)) of the way from \(number(m.baseline)) to \(number(m.target))"
        var summary: String
        switch m.trend {
        case .onPace where m.beforeStart:
            summary = "Before its start: \(reading); its pace is judged from \(dates.day(m.from)) (\(goalText))."
        case .met, .noData:  // no data has no values, worded above
            summary = "Target met: \(reading) (\(goalText))."
        case .missed:
            summary = "Missed: \(reading) is \(gap(abs(m.target - latest.value))) short of the target \(amount(m.target)), which was due by \(dates.day(m.by))."
        case .onPace:
            summary = "On pace: \(reading) is \(way); \(pace) would be at \(percent(expected)) (\(goalText))."
        case .behind:
            let outlook = achieved <= 0 ? "it has not moved toward the target"
                : m.projected.map { "at this pace it reaches the target around \(month($0))" } ?? "at this pace it does not reach the target within five years"
            summary = "Behind: \(reading) is \(way), where \(pace) would be at \(percent(expected)); \(outlook) (\(goalText))."
        }
        if let stale = m.staleDays { summary += " Last measured \(stale) days before \(dates.day(asOf)); add a newer value." }
        return summary
    }

    /// A measured value as people write it: `34`, not `34.0`; handouts and charts use it too.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A share as a whole percentage; a share past ±10 (1000%) is said as "more than 1000%", so
    /// a wild value reads as wild instead of as a long number.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return share.isNaN ? "0%" : (share > 0 ? "more than 1000%" : "less than -1000%") }
        if share > 10 { return "more than 1000%" }
        if share < -10 { return "less than -1000%" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// "September 2027": a projection is not precise to the day.
    static func month(_ date: SchoolDate) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let c = date.components
        return "\(names[c.month - 1]) \(date.yearText)"
    }
}
