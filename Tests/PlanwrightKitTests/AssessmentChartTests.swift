import Testing
@testable import PlanwrightOutputs

/// The assessment chart: a domain at the lowest level is drawn, not left blank as if unrated.
struct AssessmentChartTests {
    @Test func theLowestLevelGetsAVisibleBarAndItsName() throws {
        // In the example plan, Evaluation is rated at the lowest level, Not started.
        let svg = SVGCharts.assessment(try GoldenOutputTests.examplePlan())
        #expect(!svg.contains("width=\"0\""))
        #expect(svg.contains("<rect x=\"180\" y=\"158\" width=\"3\" height=\"11\" class=\"current\"/><text x=\"187\" y=\"167\" class=\"legend\">Not started</text>"))
        #expect(svg.contains("aria-label=\"Current and target level by domain; Evaluation currently at the lowest level, Not started\""))
    }
}
