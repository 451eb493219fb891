import Foundation
import Testing
@testable import PlanwrightModel
@testable import PlanwrightOutputs

/// Families open the pages on phones: every HTML page a build writes must read at 390 px wide
/// (an iPhone in portrait): no sideways scrolling of the page (a wide table scrolls in its own
/// box, which a keyboard reaches and a screen reader names), no text drawn under 12 px (SVG chart
/// labels included, at the size the chart is drawn), and one `main` landmark. Runs where Chromium is installed (`.ci/install-deps --test`).
struct PhoneWidthTests {
    static let smallestText = 12.0

    /// The example plan, the generated district (every real school size, at each of its dates)
    /// and the hostile-text plan (long URLs and unbroken words): every `.html` file each build
    /// writes is measured, so a new page is checked without a change here.
    @Test(.enabled(if: PrintedHandoutTests.chromium != nil, "Chromium is not installed"))
    func everyPageReadsOnAPhone() throws {
        let started = Date()
        let chromium = try ChromiumPrinter(chromium: PrintedHandoutTests.chromium!)
        defer { chromium.remove() }
        var files = try chromium.write(BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files, into: "example")
        for date in GeneratedDistrict.asOfDates {
            files += try chromium.write(BuildOutputTests.render(try GeneratedDistrict.plan(asOf: date)).files, into: "generated-\(date)")
        }
        let hostile = try #require(PlanFixture.run(HostileTextPlan.yaml, asOf: "2026-10-01").improvementPlan)
        files += try chromium.write(BuildOutputTests.render(hostile).files, into: "hostile")
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.contains("example/plan.html") && pages.contains("hostile/schools/north-people.html"))

        let written = Date()
        let measured = try chromium.phoneMeasurements(pages)
        let done = Date()
        var report = "at \(ChromiumPrinter.phoneWidth) px: page, width of the page, smallest text\n"
        for page in pages {
            guard let phone = measured[page] else {
                Issue.record("\(page) was not measured: its measuring script did not report")
                continue
            }
            #expect(phone.width == Double(ChromiumPrinter.phoneWidth), "\(page) was measured in a window \(Int(phone.width)) px wide")
            #expect(phone.scrollWidth <= phone.width,
                    "\(page) scrolls sideways: \(Int(phone.scrollWidth)) px wide; past the edge: \(phone.wide.joined(separator: "; "))")
            #expect(phone.cut.isEmpty, "\(page) cuts off what a reader cannot scroll to: \(phone.cut.joined(separator: "; "))")
            #expect(phone.unreachable.isEmpty, "\(page) scrolls a box a keyboard cannot reach or a screen reader cannot name: \(phone.unreachable.joined(separator: "; "))")
            #expect((phone.smallestFont ?? Self.smallestText) >= Self.smallestText,
                    "\(page) has text under \(Int(Self.smallestText)) px: \(phone.small.joined(separator: "; "))")
            #expect(phone.mains == 1, "\(page) has \(phone.mains) main landmarks, not 1")
            report += "  \(page): \(Int(phone.scrollWidth)) px, \(phone.smallestFont.map { String($0) } ?? "no text") px\n"
        }
        print(report + "  \(pages.count) pages: built in " + String(format: "%.1f s, measured in one Chromium run in %.1f s",
                                                                    written.timeIntervalSince(started), done.timeIntervalSince(written)))
    }
}
