import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Charts drawn as inline SVG with text labels: no scripts, no network, and they print.
enum SVGCharts {
    /// Current and target level per domain (averaged over its rated indicators), as paired bars.
    static func assessment(_ plan: ImprovementPlan) -> String {
        var domains: [(name: String, current: Double, target: Double)] = []
        for indicator in plan.assessment where !domains.contains(where: { $0.name == indicator.domainName }) {
            let here = plan.assessment.filter { $0.domainName == indicator.domainName }
            let count = Double(here.count)
            domains.append((indicator.domainName, Double(here.map(\.current).reduce(0, +)) / count, Double(here.map(\.target).reduce(0, +)) / count))
        }
        let top = Double(max(1, plan.scale.count - 1))
        let label = 180.0, width = 300.0, row = 34.0
        let height = Double(domains.count) * row + 40
        let lowest = plan.scale.first ?? ""
        // The text inside an image is not read out, so the levels only the labels say are said here too.
        let atLowest = domains.filter { $0.current == 0 }.map(\.name)
        let described = atLowest.isEmpty ? "" : "; \(atLowest.joined(separator: ", ")) currently at the lowest level, \(lowest)"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(label + width + 20)) \(Int(height))\" role=\"img\" aria-label=\"Current and target level by domain\(xml(described))\">"
        for (offset, domain) in domains.enumerated() {
            let y = Double(offset) * row + 8
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(format(y + 16))\" text-anchor=\"end\" class=\"label\">\(xml(domain.name))</text>"
            svg += levelBar(domain.target, x: label, y: y + 2, width: width * domain.target / top, class: "target", lowest: lowest)
            svg += levelBar(domain.current, x: label, y: y + 14, width: width * domain.current / top, class: "current", lowest: lowest)
        }
        let legendY = Double(domains.count) * row + 26
        // Swatches in the bars' own colours, so the legend means something in print too.
        svg += "<rect x=\"\(Int(label))\" y=\"\(format(legendY - 9))\" width=\"10\" height=\"10\" class=\"current\"/>"
        svg += "<text x=\"\(Int(label + 14))\" y=\"\(format(legendY))\" class=\"legend\">current</text>"
        svg += "<rect x=\"\(Int(label + 70))\" y=\"\(format(legendY - 9))\" width=\"10\" height=\"10\" class=\"target\"/>"
        svg += "<text x=\"\(Int(label + 84))\" y=\"\(format(legendY))\" class=\"legend\">target · scale \(xml(plan.scale.first ?? "")) to \(xml(plan.scale.last ?? ""))</text>"
        return svg + "</svg>"
    }

    /// A bar of the assessment chart. The lowest level would be a bar of no width, which reads
    /// as a missing rating: it gets a sliver and its level's name instead.
    private static func levelBar(_ level: Double, x: Double, y: Double, width: Double, class name: String, lowest: String) -> String {
        let minimal = 3.0
        guard level == 0 else { return "<rect x=\"\(Int(x))\" y=\"\(format(y))\" width=\"\(format(width))\" height=\"11\" class=\"\(name)\"/>" }
        return "<rect x=\"\(Int(x))\" y=\"\(format(y))\" width=\"\(format(minimal))\" height=\"11\" class=\"\(name)\"/>"
            + "<text x=\"\(format(x + minimal + 4))\" y=\"\(format(y + 9))\" class=\"legend\">\(xml(lowest))</text>"
    }

    /// One cycle's milestones as bars over its school days.
    static func gantt(_ milestones: [ScheduledMilestone], cycle: PlannedCycle, _ w: Wording) -> String {
        guard !milestones.isEmpty else { return "" }
        let from = cycle.start.dayNumber, days = Double(max(1, cycle.end.dayNumber - from + 1))
        let label = 190.0, width = 430.0, row = 16.0
        let height = Double(milestones.count) * row + 24
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart gantt\" viewBox=\"0 0 \(Int(label + width + 10)) \(Int(height))\" role=\"img\" aria-label=\"\(xml(w(.chartGanttLabel, ["cycle": w.name(cycle.name)])))\">"
        for (offset, m) in milestones.enumerated() {
            let y = Double(offset) * row + 4
            let start = max(0, Double(m.start.dayNumber - from)), end = min(days, Double(m.end.dayNumber - from + 1))
            svg += "<text x=\"\(Int(label - 6))\" y=\"\(format(y + 11))\" text-anchor=\"end\" class=\"label\">\(xml(m.id))</text>"
            svg += "<rect x=\"\(format(label + width * start / days))\" y=\"\(format(y + 2))\" width=\"\(format(max(2, width * (end - start) / days)))\" height=\"10\" class=\"bar \(m.kind.rawValue)\"/>"
        }
        let axis = Double(milestones.count) * row + 18
        svg += "<text x=\"\(Int(label))\" y=\"\(format(axis))\" class=\"legend\">\(cycle.start)</text>"
        svg += "<text x=\"\(Int(label + width))\" y=\"\(format(axis))\" text-anchor=\"end\" class=\"legend\">\(cycle.end)</text>"
        return svg + "</svg>"
    }

    /// A measure in a line of text: the same picture as `measure` without labels.
    static func sparkline(_ m: MeasureProgress, asOf: SchoolDate, dates: PeopleDates, _ w: Wording) -> String {
        measure(m, asOf: asOf, dates: dates, w, width: 120, height: 22, labelled: false)
    }

    /// A measure's values over the year against the straight line from its baseline to its
    /// target (the steady pace `status` judges by), with the as-of date marked.
    static func measure(_ m: MeasureProgress, asOf: SchoolDate, dates: PeopleDates, _ w: Wording, width: Double = 300, height: Double = 90, labelled: Bool = true) -> String {
        let last = max(m.by.dayNumber, m.values.last?.date.dayNumber ?? 0, asOf.dayNumber)
        let first = min(m.from.dayNumber, m.values.first?.date.dayNumber ?? m.from.dayNumber)
        let all = [m.baseline, m.target] + m.values.map(\.value) + m.steps.map(\.value)
        var low = all.min()!, high = all.max()!
        if low == high { (low, high) = (low - 1, high + 1) }
        let left = labelled ? 34.0 : 2, right = width - (labelled ? 8 : 4), top = labelled ? 8.0 : 3, bottom = height - (labelled ? 16 : 3)
        func x(_ day: Int) -> Double { left + (right - left) * Double(day - first) / Double(max(1, last - first)) }
        func y(_ value: Double) -> Double {
            // The direct form where it is finite (the charts' bytes stay as they were); the
            // scaled one where values near ±1e308 overflow it, or so close that ±1 is lost.
            let direct = bottom - (bottom - top) * (value - low) / (high - low)
            return direct.isFinite && (high - low).isFinite ? direct : bottom - (bottom - top) * Self.height(of: value, from: low, to: high)
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(labelled ? "measure" : "sparkline")\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(xml(m.name)): \(xml(MeasureSummaryWords.summary(m, asOf: asOf, dates: dates, w)))\">"
        // The pace: one line from the baseline to the target, or a line per step on the way.
        let pace = [(m.from.dayNumber, m.baseline)] + m.steps.map { ($0.date.dayNumber, $0.value) } + [(m.by.dayNumber, m.target)]
        for (a, b) in zip(pace, pace.dropFirst()) {
            svg += "<line x1=\"\(format(x(a.0)))\" y1=\"\(format(y(a.1)))\" x2=\"\(format(x(b.0)))\" y2=\"\(format(y(b.1)))\" class=\"pace\"/>"
        }
        svg += "<line x1=\"\(format(x(asOf.dayNumber)))\" y1=\"\(format(top))\" x2=\"\(format(x(asOf.dayNumber)))\" y2=\"\(format(bottom))\" class=\"asof\"/>"
        // In date order: a value measured before a late `from` comes before the baseline's point.
        let points = ([(m.from.dayNumber, m.baseline)] + m.values.map { ($0.date.dayNumber, $0.value) }).enumerated()
            .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
        svg += "<polyline points=\"\(points.map { "\(format(x($0.0))),\(format(y($0.1)))" }.joined(separator: " "))\" class=\"values\"/>"
        for value in m.values {
            svg += "<circle cx=\"\(format(x(value.date.dayNumber)))\" cy=\"\(format(y(value.value)))\" r=\"2.5\" class=\"values\"/>"
        }
        svg += "<circle cx=\"\(format(x(m.by.dayNumber)))\" cy=\"\(format(y(m.target)))\" r=\"3\" class=\"goal\"/>"
        guard labelled else { return svg + "</svg>" }
        svg += "<text x=\"\(format(left - 4))\" y=\"\(format(y(m.baseline) + 4))\" text-anchor=\"end\" class=\"legend\">\(xml(MeasureSummaryWords.number(m.baseline)))</text>"
        svg += "<text x=\"\(format(left - 4))\" y=\"\(format(y(m.target) + 4))\" text-anchor=\"end\" class=\"legend\">\(xml(MeasureSummaryWords.number(m.target)))</text>"
        svg += "<text x=\"\(format(left))\" y=\"\(format(height - 3))\" class=\"legend\">\(m.from)</text>"
        svg += "<text x=\"\(format(right))\" y=\"\(format(height - 3))\" text-anchor=\"end\" class=\"legend\">target by \(m.by)</text>"
        return svg + "</svg>"
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Where `value` sits between `low` and `high`, from 0 to 1; the middle when all values are
    /// one. Where subtracting would overflow (values near ±1e308) the three are scaled down
    /// first, so the result is finite for any finite values.
    static func height(of value: Double, from low: Double, to high: Double) -> Double {
        guard low < high else { return 0.5 }
        let range = high - low, above = value - low
        var share = above / range
        if !range.isFinite || !above.isFinite || !share.isFinite {
            let scale = max(1, abs(low), abs(high))
            share = (value / scale - low / scale) / (high / scale - low / scale)
        }
        return share.isFinite ? min(1, max(0, share)) : 0.5
    }

    /// The largest coordinate written: far outside any chart, far inside Int's range.
    static let coordinateLimit = 1e9

    /// One decimal, always the same text for the same number on every machine. Total: a
    /// coordinate that is not finite (which the callers never make) is written as 0 and one
    /// past `coordinateLimit` is capped, so a chart cannot trap converting it to Int.
    static func format(_ value: Double) -> String {
        let bounded = value.isFinite ? min(coordinateLimit, max(-coordinateLimit, value)) : 0
        let tenths = Int((bounded * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, tenth = abs(tenths) % 10
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }
}
