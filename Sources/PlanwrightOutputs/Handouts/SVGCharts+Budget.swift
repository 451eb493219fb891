import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

extension SVGCharts {
    /// The budget by fiscal year: a bar a year, in parts by the source that pays (and what no
    /// source pays, last), each year's total at its end, and a legend of the sources.
    ///
    /// Amounts become `Double` here only to place the bars; every figure written is the
    /// budget's own total in words, so the chart and the tables say the same amounts.
    static func budget(_ budget: PlannedBudget, _ w: Wording) -> String {
        let years = budget.byYear
        guard !years.isEmpty else { return "" }
        let payers: [(name: String, id: String?, class: String)] =
            budget.sources.enumerated().map { ($0.element.name, $0.element.id, "source\($0.offset % sourceClasses)") } + [(w(.budgetNoFunding), nil, "unfunded")]
        let label = 60.0, width = 440.0, row = 24.0, legendRow = 16.0
        let largest = Double(max(1, years.map(\.amount.cents).max() ?? 1))
        let height = Double(years.count) * row + Double(payers.count) * legendRow + 16
        let described = years.map { "\(w.fiscalYear($0.year)) \(budget.words($0.amount))" }.joined(separator: ", ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart budget\" viewBox=\"0 0 \(Int(label + width + 100)) \(Int(height))\" role=\"img\" aria-labelledby=\"budget-title budget-desc\">"
        svg += "<title id=\"budget-title\">\(xml(w(.budgetChartTitle)))</title>"
        svg += "<desc id=\"budget-desc\">\(xml(described))</desc>"
        for (offset, year) in years.enumerated() {
            let y = Double(offset) * row + 6
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(format(y + 13))\" text-anchor=\"end\" class=\"label\">\(xml(w.fiscalYear(year.year)))</text>"
            var x = label
            for payer in payers {
                let paid = budget.paid(by: payer.id, in: year.year)
                guard !paid.isZero else { continue }
                let part = width * Double(paid.cents) / largest
                svg += "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(part))\" height=\"16\" class=\"\(payer.class)\"><title>\(xml(payer.name)): \(xml(budget.words(paid)))</title></rect>"
                x += part
            }
            svg += "<text x=\"\(format(x + 6))\" y=\"\(format(y + 13))\" class=\"legend\">\(xml(budget.words(year.amount)))</text>"
        }
        // Swatches in the bars' own colours, so the legend means something in print too.
        for (offset, payer) in payers.enumerated() {
            let y = Double(years.count) * row + 10 + Double(offset) * legendRow
            svg += "<rect x=\"\(Int(label))\" y=\"\(format(y))\" width=\"10\" height=\"10\" class=\"\(payer.class)\"/>"
            svg += "<text x=\"\(Int(label + 14))\" y=\"\(format(y + 9))\" class=\"legend\">\(xml(payer.name))</text>"
        }
        return svg + "</svg>"
    }

    /// Colours the stylesheet has for sources (`source0`…); more sources than that reuse them in turn.
    static let sourceClasses = 6
}
