import Foundation
import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// A measure's values against its pace in words read at staff meetings: `status`, the handouts,
/// the chart's label and plan.json say it this way, in the wording's language.
enum MeasureSummaryWords {
    static func summary(_ m: MeasureProgress, asOf: SchoolDate, dates: PeopleDates, _ w: Wording) -> String {
        let amount = { (value: Double) in m.unit.map { "\(number(value)) \(Plural.unit($0, for: value))" } ?? number(value) }
        // How far apart two values are: for a measure in percent, in percentage points.
        let gap = { (value: Double) in m.unit.map { "\(number(value)) \(Plural.differenceUnit($0, for: value))" } ?? number(value) }
        let goal = w(.measureTargetBy, ["target": amount(m.target), "date": w.day(m.by, in: dates)])
        guard let latest = m.values.last, let achieved = m.achieved, let expected = m.expected else {
            return w(.measureNoValues, ["baseline": amount(m.baseline), "goal": goal])
        }
        let reading = w(.measureReading, ["amount": amount(latest.value), "date": w.day(latest.date, in: dates)])
        let pace: [String: String] = ["reading": reading, "share": percent(achieved, w), "baseline": number(m.baseline), "target": number(m.target),
                                      "pace": w(m.steps.isEmpty ? .measurePaceSteady : .measurePaceSteps), "expected": percent(expected, w), "goal": goal]
        var summary: String
        switch m.trend {
        case .onPace where m.beforeStart:
            summary = w(.measureBeforeStart, ["reading": reading, "date": w.day(m.from, in: dates), "goal": goal])
        case .met, .noData:  // no data has no values, worded above
            summary = w(.measureMet, ["reading": reading, "goal": goal])
        case .missed:
            summary = w(.measureMissed, ["reading": reading, "gap": gap(abs(m.target - latest.value)), "target": amount(m.target), "date": w.day(m.by, in: dates)])
        case .onPace:
            summary = w(.measureOnPace, pace)
        case .behind:
            let outlook = achieved <= 0 ? w(.measureNotMoved)
                : m.projected.map { w(.measureReachesAround, ["month": month($0, w)]) } ?? w(.measureNotWithinFiveYears)
            summary = w(.measureBehind, pace.merging(["outlook": outlook]) { $1 })
        }
        if let stale = m.staleDays { summary += " " + w.count(.measureStale, stale, ["date": w.day(asOf, in: dates)]) }
        return summary
    }

    /// A measured value as people write it: `34`, not `34.0`; handouts and charts use it too.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A share as a whole percentage; a share past ±10 (1000%) is said in words, so a wild value
    /// reads as wild instead of as a long number.
    static func percent(_ share: Double, _ w: Wording) -> String {
        guard share.isFinite else { return share.isNaN ? "0%" : w(share > 0 ? .measureShareOver : .measureShareUnder) }
        if share > 10 { return w(.measureShareOver) }
        if share < -10 { return w(.measureShareUnder) }
        return "\(Int((share * 100).rounded()))%"
    }

    /// "September 2027", "septiembre de 2027": a projection is not precise to the day. The
    /// month's full name as the platform's locale data writes it inside a sentence.
    static func month(_ date: SchoolDate, _ w: Wording = .english) -> String {
        let formatter = DateFormatter()
        formatter.locale = w.formats.locale
        formatter.calendar = Calendar(identifier: .gregorian)
        let names = formatter.monthSymbols ?? []
        let month = date.components.month
        return w(.measureMonth, ["month": names.count == 12 ? names[month - 1] : w.number(month), "year": date.yearText])
    }
}
