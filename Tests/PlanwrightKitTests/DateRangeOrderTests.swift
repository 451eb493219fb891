import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// No date range in any output ends before it starts: a reader who sees "Thu, Jun 10 – Wed, Jun 9"
/// cannot tell what was meant. Every output of several plans is scanned (the build's files,
/// `plan`, `status` and its JSON, the warnings `check` prints, `diff` in Markdown and JSON),
/// in the ways outputs write a range: people's dates, ISO dates, JSON `from`/`to`, and calendar
/// events' DTSTART/DTEND.
struct DateRangeOrderTests {
    /// The example as of May 3, when its screen-management rollout starts the day after its
    /// go/no-go ends (the window that printed backwards), and as of its own date.
    static func example(asOf: String?) throws -> (plan: ImprovementPlan, diagnostics: [Diagnostic]) {
        _ = FileManager.default.changeCurrentDirectoryPath(GoodPlanTests.packageRoot.path)
        let result = PlanPipeline(planner: Planner(asOf: asOf.flatMap(SchoolDate.init(iso:)))).run(path: "Plans/maple-valley.yaml")
        return (try #require(result.improvementPlan), result.diagnostics)
    }

    /// A small district whose rollout follows its go/no-go with no day between (the gate was done late).
    static let adjacent = PlanFixture.yaml(
        schools: "[{ id: oak, name: Oak Elementary }, { id: elm, name: Elm Middle School }]",
        staff: "[" + (1...8).map { "{ id: t\($0), name: Teacher \($0), school: \($0 <= 4 ? "oak" : "elm"), comfort: \($0 % 3 + 1) }" }.joined(separator: ", ") + "]",
        goals: PlanFixture.goal("{ id: p, title: Pilot, days: 5, kind: pilot }, { id: gate, title: Go/no-go, days: 1, after: p, kind: gate }, { id: r, title: Canvas goes live, days: 10, after: gate, kind: rollout }"))

    @Test func noOutputOfSeveralPlansHasARangeThatEndsBeforeItStarts() throws {
        var texts: [(String, String)] = []
        let mayThird = try Self.example(asOf: "2027-05-03"), own = try Self.example(asOf: nil)
        let small = PlanFixture.run(Self.adjacent)
        let smallPlan = try #require(small.improvementPlan)
        // The inverted window this guards against is there to find: the May 3 example and the small plan both have one.
        #expect(mayThird.plan.training.programmes.contains { $0.window.empty })
        #expect(smallPlan.training.programmes.contains { $0.window.empty })
        for (name, plan, diagnostics) in [("may-3", mayThird.plan, mayThird.diagnostics), ("own", own.plan, own.diagnostics),
                                          ("adjacent", smallPlan, small.diagnostics)] {
            for file in try BuildOutputTests.render(plan).files { texts.append(("\(name)/\(file.path)", file.contents)) }
            texts.append(("\(name) plan", PlanTextReport.render(plan)))
            texts.append(("\(name) status", ProgressTextReport.render(plan)))
            texts.append(("\(name) status.json", try PlanJSON.encode(StatusJSON(plan))))
            texts.append(("\(name) check", diagnostics.map(\.message).joined(separator: "\n")))
        }
        let side = { (plan: ImprovementPlan, file: String) in PlanDiffer.Side(planned: plan, file: file) }
        let diff = PlanDiffer().diff(side(own.plan, "old.yaml"), side(mayThird.plan, "new.yaml"))
        texts.append(("diff", PlanDiffMarkdown.render(diff)))
        texts.append(("diff.json", try diff.json()))
        var backwards: [String] = []
        for (name, text) in texts {
            backwards += Self.backwardRanges(in: text, schoolYearStart: 2026).map { "\(name): \($0)" }
        }
        #expect(backwards.isEmpty, "\(backwards.prefix(10))")
        // The scanner itself finds a backward range in each form it reads.
        for sample in ["Thu, Jun 10 – Wed, Jun 9", "between 2027-06-10 and 2027-06-09", "2027-06-10 to 2027-06-09",
                       "\"from\" : \"2027-06-10\", \"reason\" : \"x\", \"to\" : \"2027-06-09\"",
                       "DTSTART;VALUE=DATE:20270610\r\nDTEND;VALUE=DATE:20270610\r\n"] {
            #expect(Self.backwardRanges(in: sample, schoolYearStart: 2026).count == 1, "\(sample)")
        }
        #expect(Self.backwardRanges(in: "Mon, Dec 14 – Fri, Jan 8; 2027-06-09 to 2027-06-10", schoolYearStart: 2026).isEmpty)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The ranges in `text` whose end is before their start. A people's date without a year
    /// ("Wed, Jun 9") is in the school year starting in `schoolYearStart` (July on: that year).
    static func backwardRanges(in text: String, schoolYearStart: Int) -> [String] {
        let iso = "(\\d{4})-(\\d{2})-(\\d{2})"
        let people = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\(months.joined(separator: "|"))) (\\d{1,2})(?:, (\\d{4}))?"
        let patterns: [(String, ([String]) -> (Int, Int))] = [
            ("\(iso)\\s*(?:–|to|and|…|\\.\\.\\.?)\\s*\(iso)", { g in (Int(g[1] + g[2] + g[3])!, Int(g[4] + g[5] + g[6])!) }),
            ("\(people)\\s*(?:–|to|and)\\s*\(people)", { g in (peopleDay(g[1], g[2], g[3], schoolYearStart), peopleDay(g[4], g[5], g[6], schoolYearStart)) }),
            ("\"from\"\\s*:\\s*\"\(iso)\"[^{}\\[\\]]*?\"to\"\\s*:\\s*\"\(iso)\"", { g in (Int(g[1] + g[2] + g[3])!, Int(g[4] + g[5] + g[6])!) }),
            // An all-day event's DTEND is the day after its last: it must come after DTSTART.
            ("DTSTART;VALUE=DATE:(\\d{8})\\r?\\n(?:[^\\r\\n]*\\r?\\n)*?DTEND;VALUE=DATE:(\\d{8})", { g in (Int(g[1])!, Int(g[2])! - 1) }),
        ]
        var found: [String] = []
        let range = NSRange(text.startIndex..., in: text)
        for (pattern, days) in patterns {
            let regex = try! NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: text, range: range) {
                let groups = (0..<match.numberOfRanges).map { n in
                    Range(match.range(at: n), in: text).map { String(text[$0]) } ?? ""
                }
                let (start, end) = days(groups)
                if end < start { found.append(groups[0]) }
            }
        }
        return found
    }

    /// yyyymmdd of a people's date, its year given or taken from the school year.
    static func peopleDay(_ month: String, _ day: String, _ year: String, _ schoolYearStart: Int) -> Int {
        let m = months.firstIndex(of: month)! + 1
        let y = Int(year) ?? (m >= 7 ? schoolYearStart : schoolYearStart + 1)
        return y * 10000 + m * 100 + Int(day)!
    }
}
