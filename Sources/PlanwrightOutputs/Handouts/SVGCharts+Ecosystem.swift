import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

extension SVGCharts {
    /// Which tools connect by which standard: a row a tool, a column a standard (single sign-on,
    /// OneRoster rostering, LTI, grade passback), a filled mark for yes, a half-filled one for
    /// planned and an empty one for no, so a grey printout or a reader who does not see colour
    /// tells them apart; a legend says which is which. `number` keeps the title's and the
    /// description's ids apart when a page has a matrix per purpose group.
    ///
    /// The marks are drawn with their own fill and stroke, not the stylesheet's classes: what a
    /// mark means is its fill, and it must keep it wherever the SVG is copied to.
    static func toolMatrix(_ tools: [PlannedTool], title: String, number: Int, _ w: Wording) -> String {
        guard !tools.isEmpty else { return "" }
        let standards = ToolStandard.allCases
        // 500 wide, as the stylesheet's phone rule for charts expects: its labels stay 12 px on a phone.
        let label = 150.0, column = 85.0, row = 18.0, header = 30.0
        let width = label + column * Double(standards.count) + 10
        let legendY = header + Double(tools.count) * row + 16
        let height = legendY + 10
        let id = "tools-matrix-\(number)"
        // The description says in words what the marks show, a sentence a tool.
        let described = tools.map { tool in
            w(.toolsMatrixTool, ["tool": tool.name, "states": standards.map { w(.toolsMatrixCell, ["standard": $0.words(w), "state": $0.state(of: tool).words(w)]) }.joined(separator: ", ")])
        }.joined(separator: " ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart tools-matrix\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(xml(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(xml(described))</desc>"
        for (offset, standard) in standards.enumerated() {
            // A long name ("Grade passback") on two lines, so it stays within its column.
            let x = format(label + column * (Double(offset) + 0.5))
            let lines = twoLines(standard.words(w))
            svg += "<text x=\"\(x)\" y=\"\(lines.count == 1 ? 24 : 12)\" text-anchor=\"middle\" class=\"label\">"
                + lines.enumerated().map { "<tspan x=\"\(x)\" dy=\"\($0.offset == 0 ? 0 : 12)\">\(xml($0.element))</tspan>" }.joined() + "</text>"
        }
        for (offset, tool) in tools.enumerated() {
            let y = header + Double(offset) * row
            svg += "<text x=\"\(Int(label - 8))\" y=\"\(format(y + 12))\" text-anchor=\"end\" class=\"label\">\(xml(brief(tool.name)))</text>"
            for (index, standard) in standards.enumerated() {
                let state = standard.state(of: tool)
                let title = w(.toolsMatrixTool, ["tool": tool.name, "states": w(.toolsMatrixCell, ["standard": standard.words(w), "state": state.words(w)])])
                svg += "<g><title>\(xml(title))</title>" + mark(state, x: label + column * (Double(index) + 0.5), y: y + 8) + "</g>"
            }
        }
        // The legend, with the marks themselves: yes, planned, no.
        for (offset, state) in [IntegrationState.yes, .planned, .no].enumerated() {
            let x = label + Double(offset) * column
            svg += mark(state, x: x + 6, y: legendY - 4)
            svg += "<text x=\"\(format(x + 16))\" y=\"\(format(legendY))\" class=\"legend\">\(xml(state.words(w)))</text>"
        }
        return svg + "</svg>"
    }

    /// A mark of the matrix centred on (x, y): filled, half filled (its left half) or empty.
    private static func mark(_ state: IntegrationState, x: Double, y: Double) -> String {
        let r = 5.0
        let ink = "#1d2433"
        switch state {
        case .yes:
            return "<circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"\(format(r))\" fill=\"\(ink)\" stroke=\"\(ink)\" stroke-width=\"1.5\"/>"
        case .planned:
            return "<circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"\(format(r))\" fill=\"#fff\" stroke=\"\(ink)\" stroke-width=\"1.5\"/>"
                + "<path d=\"M\(format(x)),\(format(y - r)) A\(format(r)),\(format(r)) 0 0,0 \(format(x)),\(format(y + r)) Z\" fill=\"\(ink)\"/>"
        case .no:
            return "<circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"\(format(r))\" fill=\"#fff\" stroke=\"\(ink)\" stroke-width=\"1.5\"/>"
        }
    }

    /// The longest tool name a matrix row shows whole; the mark's title has it all.
    static let matrixNameLength = 22
    /// The longest column name written on one line.
    static let matrixColumnLength = 12

    /// A column's name, cut at the space nearest its middle when it is too long for one line.
    static func twoLines(_ name: String) -> [String] {
        guard name.count > matrixColumnLength else { return [name] }
        let characters = Array(name)
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let cut = spaces.min(by: { abs($0 - characters.count / 2) < abs($1 - characters.count / 2) }) else { return [name] }
        return [String(characters[..<cut]), String(characters[(cut + 1)...])]
    }

    private static func brief(_ name: String) -> String {
        name.count > matrixNameLength ? name.prefix(matrixNameLength - 1) + "…" : name
    }

    /// A tool's share of licences in use over time, in a line of text: the share from 0 to 100%
    /// upwards, each count a point, and the plan's threshold for low use as a dashed line.
    /// Empty when the tool has no share counted (no licences, or no count).
    static func toolUse(_ tool: PlannedTool, threshold: Share, label: String) -> String {
        let points = tool.utilization
        guard let first = points.first, let last = points.last else { return "" }
        let width = 120.0, height = 22.0, left = 3.0, right = width - 3, top = 3.0, bottom = height - 3
        let span = Double(max(1, last.date.dayNumber - first.date.dayNumber))
        func x(_ date: SchoolDate) -> Double { points.count == 1 ? width / 2 : left + (right - left) * Double(date.dayNumber - first.date.dayNumber) / span }
        // A share is at most 100%; more users than licences is drawn at the top.
        func y(_ share: Share) -> Double { bottom - (bottom - top) * Double(min(share.basisPoints, Share.whole)) / Double(Share.whole) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart sparkline tool-use\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(xml(label))\">"
        svg += "<line x1=\"\(format(left))\" y1=\"\(format(y(threshold)))\" x2=\"\(format(right))\" y2=\"\(format(y(threshold)))\" class=\"pace\"/>"
        if points.count > 1 {
            svg += "<polyline points=\"\(points.map { "\(format(x($0.date))),\(format(y($0.share)))" }.joined(separator: " "))\" class=\"values\"/>"
        }
        for point in points {
            svg += "<circle cx=\"\(format(x(point.date)))\" cy=\"\(format(y(point.share)))\" r=\"2.5\" class=\"values\"/>"
        }
        return svg + "</svg>"
    }
}
