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
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(label + width + 20)) \(Int(height))\" role=\"img\" aria-label=\"Current and target level by domain\">"
        for (offset, domain) in domains.enumerated() {
            let y = Double(offset) * row + 8
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(format(y + 16))\" text-anchor=\"end\" class=\"label\">\(xml(domain.name))</text>"
            svg += "<rect x=\"\(Int(label))\" y=\"\(format(y + 2))\" width=\"\(format(width * domain.target / top))\" height=\"11\" class=\"target\"/>"
            svg += "<rect x=\"\(Int(label))\" y=\"\(format(y + 14))\" width=\"\(format(width * domain.current / top))\" height=\"11\" class=\"current\"/>"
        }
        let legendY = Double(domains.count) * row + 26
        // Swatches in the bars' own colours, so the legend means something in print too.
        svg += "<rect x=\"\(Int(label))\" y=\"\(format(legendY - 9))\" width=\"10\" height=\"10\" class=\"current\"/>"
        svg += "<text x=\"\(Int(label + 14))\" y=\"\(format(legendY))\" class=\"legend\">current</text>"
        svg += "<rect x=\"\(Int(label + 70))\" y=\"\(format(legendY - 9))\" width=\"10\" height=\"10\" class=\"target\"/>"
        svg += "<text x=\"\(Int(label + 84))\" y=\"\(format(legendY))\" class=\"legend\">target · scale \(xml(plan.scale.first ?? "")) to \(xml(plan.scale.last ?? ""))</text>"
        return svg + "</svg>"
    }

    /// One cycle's milestones as bars over its school days.
    static func gantt(_ milestones: [ScheduledMilestone], cycle: PlannedCycle) -> String {
        guard !milestones.isEmpty else { return "" }
        let from = cycle.start.dayNumber, days = Double(max(1, cycle.end.dayNumber - from + 1))
        let label = 190.0, width = 430.0, row = 16.0
        let height = Double(milestones.count) * row + 24
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart gantt\" viewBox=\"0 0 \(Int(label + width + 10)) \(Int(height))\" role=\"img\" aria-label=\"Milestones of \(xml(cycle.name)) by date\">"
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

    /// One decimal, always the same text for the same number on every machine.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
