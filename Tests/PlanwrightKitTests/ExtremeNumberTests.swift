import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// No number traps, and none makes an output infinite or not-a-number: extreme values are
/// refused where the plan writes them, and what is planned from the ones allowed stays finite.
struct ExtremeNumberTests {
    /// Zero both ways, the decoder's limits and far past them, Double's own ends, denormals,
    /// and the example's baseline and target (so baseline == target is among the pairs).
    static let extremes: [Double] = [
        0, -0.0, 34, 80, 1e12, -1e12, 1e15, -1e15, 1e20, -1e20, 1e308, -1e308,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
    ]

    let trend = MeasureTrend(start: SchoolDate(iso: "2026-09-01")!, end: SchoolDate(iso: "2027-06-01")!, asOf: SchoolDate(iso: "2027-01-15")!)

    func progress(baseline: Double, target: Double, value: Double) -> MeasureProgress {
        let here = SourceLocation(file: "t", line: 1, column: 1)
        let measure = Measure(name: "Weekly use", unit: nil, baseline: baseline, target: target, by: nil,
                              observations: [Observation(date: SchoolDate(iso: "2026-12-01")!, value: value, location: here)], location: here)
        return trend.progress(of: measure, goal: "g")
    }

    /// Every coordinate and size written into the SVG, each of which must read as a number.
    func coordinates(in svg: String) -> [Double?] {
        let attribute = try! NSRegularExpression(pattern: #" (?:x|y|x1|y1|x2|y2|cx|cy|width|height|points)="([^"]*)""#)
        let text = svg as NSString
        return attribute.matches(in: svg, range: NSRange(location: 0, length: text.length)).flatMap { match in
            text.substring(with: match.range(at: 1)).split(whereSeparator: { $0 == " " || $0 == "," }).map { Double($0) }
        }
    }

    @Test func everyExtremeValueGivesAFiniteTrendAndChart() throws {
        let asOf = SchoolDate(iso: "2027-01-15")!
        for baseline in Self.extremes {
            for target in Self.extremes {
                for value in Self.extremes {
                    let m = progress(baseline: baseline, target: target, value: value)
                    let what = "baseline \(baseline), target \(target), value \(value)"
                    let achieved = try #require(m.achieved, "\(what)")
                    #expect(achieved.isFinite && abs(achieved) <= MeasureTrend.shareLimit, "\(what): \(achieved)")
                    let summary = m.words(asOf: asOf, start: trend.start, end: trend.end)
                    #expect(!summary.contains("nan") && !summary.contains("inf"), "\(what): \(summary)")
                    let dates = PeopleDates(year: trend.start...trend.end)
                    for svg in [SVGCharts.measure(m, asOf: asOf, dates: dates, .english), SVGCharts.sparkline(m, asOf: asOf, dates: dates, .english)] {
                        #expect(!svg.contains("nan") && !svg.contains("inf"), "\(what): \(svg)")
                        let numbers = coordinates(in: svg)
                        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.map { $0.isFinite && abs($0) <= 300 } ?? false }, "\(what): \(svg)")
                    }
                    // Its JSON can always be written: nothing in it is infinite.
                    #expect(throws: Never.self, "\(what)") { try PlanJSON.encode(m) }
                }
            }
        }
    }

    @Test func sharesArePlainPercentagesAndWildOnesAreSaidInWords() {
        #expect(MeasureTrend.share(of: 57, from: 34, to: 80) == 0.5)
        #expect(MeasureTrend.share(of: -1e20, from: 34, to: 80) == -MeasureTrend.shareLimit)
        #expect(MeasureTrend.share(of: 1e308, from: -1e308, to: 1e308) == 1)
        #expect(MeasureTrend.share(of: 0, from: -1e308, to: 1e308) == 0.5)
        #expect(MeasureTrend.share(of: 1, from: 0, to: .leastNonzeroMagnitude) == MeasureTrend.shareLimit)
        #expect(MeasureTrend.share(of: 34, from: 34, to: 34) == 1)
        #expect(MeasureSummaryWords.percent(0.47, .english) == "47%")
        #expect(MeasureSummaryWords.percent(-2e18, .english) == "less than -1000%")
        #expect(MeasureSummaryWords.percent(1e20, .english) == "more than 1000%")
        #expect(MeasureSummaryWords.percent(.nan, .english) == "0%")
        #expect(MeasureSummaryWords.number(1e20) == "1e+20")
        #expect(MeasureSummaryWords.number(-0.0) == "0")
        for value in ExtremeNumberTests.extremes {
            for text in [MeasureSummaryWords.number(value), MeasureSummaryWords.percent(value, .english)] {
                #expect(!text.contains("nan") && !text.contains("inf"), "\(value): \(text)")
            }
        }
    }

    @Test func aValueFarBelowItsBaselineIsBehindInPlainWords() {
        let m = progress(baseline: 34, target: 80, value: -1e12)
        #expect(m.trend == .behind)
        #expect(m.words(asOf: trend.asOf, start: trend.start, end: trend.end).hasPrefix("Behind: -1000000000000 on Tue, Dec 1 is less than -1000% of the way from 34 to 80"))
    }

    @Test func chartCoordinatesAreAlwaysFiniteText() {
        #expect(SVGCharts.format(12.34) == "12.3")
        #expect(SVGCharts.format(-0.5) == "-0.5")
        #expect(SVGCharts.format(-0.0) == "0")
        #expect(SVGCharts.format(.nan) == "0")
        #expect(SVGCharts.format(.infinity) == "0")
        #expect(SVGCharts.format(1e300) == "1000000000")
        #expect(SVGCharts.format(-1e300) == "-1000000000")
        for value in Self.extremes + [.nan, .infinity, -.infinity] {
            let text = SVGCharts.format(value)
            #expect(Double(text).map { $0.isFinite && abs($0) <= SVGCharts.coordinateLimit } == true, "\(value): \(text)")
            for low in Self.extremes {
                for high in Self.extremes where low < high {
                    let share = SVGCharts.height(of: min(high, max(low, value)), from: low, to: high)
                    #expect(share >= 0 && share <= 1, "\(value) in \(low)…\(high): \(share)")
                }
            }
        }
        #expect(SVGCharts.height(of: 1e308, from: -1e308, to: 1e308) == 1)
        #expect(SVGCharts.height(of: 0, from: -1e308, to: 1e308) == 0.5)
        #expect(SVGCharts.height(of: 5, from: 5, to: 5) == 0.5)
    }

    /// Values at the decoder's limits go through the whole pipeline: plan, status and every
    /// rendered file, with no trap and no `nan` or `inf` anywhere.
    @Test func valuesAtTheLimitsPlanAndRenderEverything() throws {
        let measures = "[{ name: Far, baseline: 34, target: 34.000001, observations: [{ date: 2026-10-01, value: 1000000000000 }] }, "
            + "{ name: Wide, baseline: -1e12, target: 1e12, observations: [{ date: 2026-10-01, value: -1e12 }] }]"
        let goals = "[{ id: g, title: Goal, indicators: [shared-vision], measures: \(measures), milestones: [{ id: a, title: A, days: 5 }] }]"
        let result = PlanFixture.run(PlanFixture.yaml(goals: goals), asOf: "2027-01-15")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let plan = try #require(result.improvementPlan)
        _ = ProgressTextReport.render(plan)
        let output = try BuildOutputTests.render(plan)
        #expect(!output.diagnostics.hasErrors, "\(output.diagnostics.map(\.message))")
        #expect(output.files.contains { $0.path == "plan.json" })
        for file in output.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".json") {
            #expect(!file.contents.contains("NaN") && !file.contents.contains("nan\"") && !file.contents.contains("inf\""), "\(file.path)")
        }
    }

    /// The framework weight of 1e308 that made a score infinite, and so `plan --format json` print
    /// `{}` with success, is refused at the weight; `plan --format json` exits 1 and says where.
    @Test func anOverlargeWeightIsRefusedAtItsLineAndNoJSONIsPrinted() throws {
        let result = try CommandLineTests().run(["plan", "--format", "json", Fixtures.url("bad/framework-weight-too-large.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("framework-weight-too-large.framework.yaml:13:17: error: 'weight' of indicator 'shared-vision' must be a number from 0 to 100; found 1e308"))
    }
}

/// Should a number the decoder lets through still make JSON impossible, that is an error the
/// commands report, never an empty `{}` with success.
struct PlanJSONFailureTests {
    struct Score: Encodable { var score: Double }

    @Test func aValueJSONCannotHoldIsReportedWithWhereItIs() {
        #expect {
            try PlanJSON.encode([Score(score: .infinity)])
        } throws: { error in
            "\(error)".contains("the value inf at '[0].score' is not a number JSON can hold")
        }
    }

    @Test func buildReportsAnInfiniteScoreInsteadOfWritingAnEmptyPlanJSON() throws {
        var plan = try GoldenOutputTests.examplePlan()
        plan.priorities[0].score = .infinity
        let output = try BuildOutputTests.render(plan)
        #expect(output.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("the plan could not be written as JSON") })
        #expect(!output.files.contains { $0.path == "plan.json" })
    }
}
