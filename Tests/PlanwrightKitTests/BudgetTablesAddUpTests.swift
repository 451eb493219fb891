import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// Issue 21, item 5: "The plan costs $597,010" while the table by school and its district-wide
/// row added to $503,920, a school with no enrollment left out. One test reads every budget
/// table of every output as a leader reads it — the printed amounts, not the planner's numbers —
/// and adds up its rows: the district plan (Markdown and HTML, its tables and its chart), each
/// school's handout line against the table's row, `budget.csv`, `plan.json`, `status`'s spent
/// vs planned and the diff's years. (The terminal `plan` report prints no amounts.)
struct BudgetTablesAddUpTests {
    /// Cedar Bluff as written (three schools, hotspots for the district, E-Rate and a general fund).
    static let cedarBluff: String = Fixtures.text("words/cedar-bluff.yaml")

    /// Cedar Bluff with the junior high's enrollment not written, a technician there one day a
    /// week, math licences for grades 3-6, training stipends and champion stipends, and what the
    /// hotspots have cost so far.
    static var cedarBluffWithoutJuniorHighEnrollment: String {
        cedarBluff
            .replacingPresent("    grades: 7-8\n    principal: Ruth Halvorsen\n    students: 46\n", with: "    grades: 7-8\n    principal: Ruth Halvorsen\n")
            .replacingPresent("        kind: rollout\n        schools: [cbe]\n", with: """
                    kind: rollout
                    schools: [cbe]
                    costs:
                      - { item: Math practice licences, category: software, amount: 12, per: student, every: year, funding: general-fund }

            """)
            .replacingPresent("        funding: erate\n", with: "        funding: erate\n        spent: 5400\n")
            .replacingPresent("champions:\n  max_colleagues: 8\n", with: "champions:\n  max_colleagues: 8\n  stipend: { amount: 500, funding: general-fund }\n")
            .replacingPresent("    - { id: leading, name: Leading, comfort: [4, 5], sessions: 1, minutes: 45 }\n", with: """
                - { id: leading, name: Leading, comfort: [4, 5], sessions: 1, minutes: 45 }
              costs: { participant: 25, facilitator: 40, funding: general-fund }

            """)
            + "\nsupport:\n  - { what: On-site technician, schools: [cbjh], days_per_week: 1, cost_per_day: 425, funding: general-fund }\n"
    }

    static func planned(_ yaml: String, path: String) throws -> ImprovementPlan {
        let result = PlanPipeline(planner: Planner(asOf: SchoolDate(iso: "2027-02-01"))).run(SourceText(path: path, bytes: Array(yaml.utf8)))
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    @Test func everyBudgetTableOfEveryOutputAddsUpToTheTotal() throws {
        let cedar = try Self.planned(Self.cedarBluff, path: "cedar-bluff.yaml")
        let unenrolled = try Self.planned(Self.cedarBluffWithoutJuniorHighEnrollment, path: "cedar-bluff.yaml")
        let plans = [("maple-valley", try GoldenOutputTests.examplePlan()), ("cedar-bluff", cedar), ("cedar-bluff without junior high enrollment", unenrolled)]
        for (name, plan) in plans {
            let total = plan.budget.total()
            #expect(!total.isZero, "\(name) has a budget")
            let files = try BudgetOutputTests.outputs(plan)
            let markdown = try #require(files["plan.md"])
            let summary = try #require(Self.section(markdown, from: "## Budget", to: "\n## "))
            #expect(Self.amounts(in: summary).first == total, "\(name): the summary says what the plan costs")
            let markdownTables = Self.markdownTables(summary)
            let html = try #require(files["plan.html"])
            let htmlSection = try #require(Self.section(html, from: "<h2>Budget</h2>", to: "<h2"))
            let htmlTables = Self.htmlTables(htmlSection)
            for tables in [markdownTables, htmlTables] {
                #expect(Set(tables.compactMap { $0.header.first }).isSuperset(of: ["Year", "Category", "School", "Goal"]), "\(name): years, categories, schools, goals")
            }
            for (format, tables) in [("plan.md", markdownTables), ("plan.html", htmlTables)] {
                for table in tables { Self.expectAddsUp(table, to: total, "\(name) \(format)") }
            }
            Self.expectChartAddsUp(htmlSection, to: total, name)
            Self.expectHandoutsMatchTheTable(plan, files: files, table: markdownTables, name)
            Self.expectCSVAddsUp(try #require(files["budget.csv"]), to: total, name)
            try Self.expectJSONAddsUp(try #require(files["plan.json"]), to: total, name)
        }
        // The junior high has lines of its own (its technician, stipends) but no enrollment: it is
        // a row of the table, with no amount per student, rather than missing from it.
        let unenrolledMarkdown = try BudgetOutputTests.outputs(unenrolled)["plan.md"] ?? ""
        let unenrolledBudget = try #require(Self.section(unenrolledMarkdown, from: "## Budget", to: "\n## "))
        let schools = try #require(Self.markdownTables(unenrolledBudget).first { $0.header.first == "School" })
        #expect(schools.rows.contains { $0.first == "Cedar Bluff Junior High" && $0[1] == "not given" && $0[3] == "—" })

        // status's spent vs planned, and the diff between the two Cedar Bluff plans.
        Self.expectSpentVsPlannedAddsUp(ProgressTextReport.render(unenrolled), "cedar-bluff status")
        Self.expectSpentVsPlannedAddsUp(ProgressTextReport.render(try GoldenOutputTests.examplePlan()), "maple-valley status")
        let diff = PlanDiffer().diff(PlanDiffer.Side(planned: cedar, file: "old.yaml"), PlanDiffer.Side(planned: unenrolled, file: "new.yaml"))
        Self.expectDiffYearsAddUp(PlanDiffMarkdown.render(diff), old: cedar.budget, new: unenrolled.budget)
    }

    // MARK: Reading what is printed

    /// Every amount as printed ("$1,234.50", "-$20"), in order.
    static func amounts(in text: String) -> [Money] {
        let pattern = try! NSRegularExpression(pattern: "(-|\\+)?\\$[0-9][0-9,]*(\\.[0-9]{2})?")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            let printed = String(text[range])
            let negative = printed.hasPrefix("-")
            let digits = printed.filter { $0.isNumber || $0 == "." }
            let parts = digits.split(separator: ".")
            guard let units = Int128(String(parts[0])) else { return nil }
            let cents = units * 100 + (parts.count > 1 ? Int128(String(parts[1]))! : 0)
            return Money(cents: negative ? -cents : cents)
        }
    }

    static func amount(_ cell: String) -> Money? { amounts(in: cell).first }

    static func section(_ text: String, from start: String, to end: String) -> String? {
        guard let begin = text.range(of: start) else { return nil }
        let rest = text[begin.upperBound...]
        return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
    }

    struct Table { var header: [String]; var rows: [[String]] }

    static func markdownTables(_ text: String) -> [Table] {
        var tables: [Table] = [], current: [[String]] = []
        func flush() {
            if current.count >= 2 { tables.append(Table(header: current[0], rows: Array(current.dropFirst(2)))) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { flush(); continue }
            // Cells split at each "|" that is not an escaped one from the plan's text.
            let escapedBar = "\u{1}"
            current.append(line.dropFirst().dropLast().replacingOccurrences(of: "\\|", with: escapedBar)
                .split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.replacingOccurrences(of: escapedBar, with: "\\|").trimmingCharacters(in: .whitespaces) })
        }
        flush()
        return tables
    }

    static func htmlTables(_ html: String) -> [Table] {
        html.components(separatedBy: "<table").dropFirst().map { body in
            let table = body.components(separatedBy: "</table>")[0]
            let rows = table.components(separatedBy: "<tr").dropFirst().map { row in
                row.split(separator: #/<t[hd][^>]*>/#, omittingEmptySubsequences: false).dropFirst().map { cell in
                    String(cell).replacing(#/<[^>]*>/#, with: "").trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            return Table(header: rows.first ?? [], rows: Array(rows.dropFirst()))
        }
    }

    /// A table with a Total column: each row's cells add up to it, and its last row (all years)
    /// holds each column's sum, its total the plan's. A table with an Amount column: the column
    /// adds up to the plan's total. A table with neither (support) has no amounts to add.
    static func expectAddsUp(_ table: Table, to total: Money, _ what: String) {
        if let totalColumn = table.header.firstIndex(of: "Total") {
            for row in table.rows {
                let cells = row[1..<totalColumn].compactMap(amount)
                #expect(cells.count == totalColumn - 1 && cells.reduce(.zero, +) == amount(row[totalColumn]), "\(what): \(row)")
            }
            guard let all = table.rows.last, table.rows.count >= 2 else { Issue.record("\(what): no years"); return }
            for column in 1...totalColumn {
                let sum = table.rows.dropLast().compactMap { amount($0[column]) }.reduce(.zero, +)
                #expect(amount(all[column]) == sum, "\(what): the column \(table.header[column]) adds up to its last row")
            }
            #expect(amount(all[totalColumn]) == total, "\(what): all years")
        } else if let amountColumn = table.header.firstIndex(of: "Amount") {
            let sum = table.rows.compactMap { amount($0[amountColumn]) }.reduce(.zero, +)
            #expect(sum == total, "\(what): the table of \(table.header[0]) adds up to \(sum), not the plan's \(total)")
        }
    }

    /// The chart's bars: each year's parts add up to the year's label, and the years to the total.
    static func expectChartAddsUp(_ html: String, to total: Money, _ what: String) {
        guard let svg = section(html, from: "class=\"chart budget\"", to: "</svg>") else { Issue.record("\(what): no chart"); return }
        let desc = amounts(in: section(svg, from: "<desc", to: "</desc>") ?? "")
        #expect(desc.reduce(.zero, +) == total, "\(what): the chart's years")
        let bars = svg.components(separatedBy: "class=\"label\">").dropFirst()
        #expect(bars.count == desc.count, "\(what): a bar a year")
        for (bar, year) in zip(bars, desc) {
            let parts = bar.components(separatedBy: "<title>").dropFirst().compactMap { amount($0.components(separatedBy: "</title>")[0]) }
            #expect(parts.reduce(.zero, +) == year, "\(what): a bar's parts add up to its year")
        }
    }

    /// Each school's handout (Markdown and HTML) says the amount the district plan's row for the
    /// school says; a school with lines has a row.
    static func expectHandoutsMatchTheTable(_ plan: ImprovementPlan, files: [String: String], table: [Table], _ what: String) {
        guard let schools = table.first(where: { $0.header.first == "School" && $0.header.contains("Amount") }) else {
            Issue.record("\(what): no table by school"); return
        }
        let rows = Dictionary(schools.rows.map { ($0[0].replacingOccurrences(of: " (flagged for support)", with: ""), amount($0[2])) }, uniquingKeysWith: { a, _ in a })
        for school in plan.schools {
            for format in ["md", "html"] {
                guard let handout = files["schools/\(school.id).\(format)"], let line = section(handout, from: "Coming to our school", to: "\n") else { continue }
                let said = amounts(in: line.components(separatedBy: " — ").last ?? "").first
                #expect(said != nil && rows[school.name] == said, "\(what): \(school.name)'s handout says \(said.map(String.init(describing:)) ?? "nothing"), the table \(rows[school.name].map(String.init(describing:)) ?? "no row")")
            }
        }
    }

    static func expectCSVAddsUp(_ csv: String, to total: Money, _ what: String) {
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        // The amount is the last cell, plain (`18400.00`), never quoted.
        let sum = rows.compactMap { row in row.split(separator: ",").last.map { amount("$" + $0) ?? .zero } }.reduce(.zero, +)
        #expect(sum == total, "\(what): budget.csv adds up to \(sum)")
    }

    /// plan.json: the lines add up to the total; the schools' totals (with their shares) and the
    /// lines for no school, less what was shared out, add up to it too.
    static func expectJSONAddsUp(_ json: String, to total: Money, _ what: String) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let budget = try #require(object["budget"] as? [String: Any])
        func money(_ value: Any?) -> Money { amount("$" + ((value as? String) ?? "\(value ?? 0)")) ?? .zero }
        let lines = try #require(budget["lines"] as? [[String: Any]])
        #expect(lines.map { money($0["amount"]) }.reduce(.zero, +) == total, "\(what): plan.json's lines")
        let schools = try #require(budget["schools"] as? [[String: Any]])
        let bySchool = schools.map { money($0["total"]) - money($0["shared"]) }.reduce(.zero, +)
        let districtWide = lines.filter { $0["school"] == nil || $0["school"] is NSNull }.map { money($0["amount"]) }.reduce(.zero, +)
        #expect(bySchool + districtWide == total, "\(what): plan.json's schools and district-wide lines")
    }

    /// Each cost's "spent of planned to date (in all)", and "In all" their sums.
    static func expectSpentVsPlannedAddsUp(_ report: String, _ what: String) {
        guard let section = section(report, from: "SPENT VS PLANNED\n", to: "\n\n") else { Issue.record("\(what): no spent vs planned"); return }
        let verdicts = section.split(separator: "\n").filter { $0.contains("spent of") }.map { amounts(in: String($0)) }
        guard let all = verdicts.last, verdicts.count >= 2 else { Issue.record("\(what): no costs"); return }
        for column in 0..<3 {
            #expect(verdicts.dropLast().map { $0[column] }.reduce(.zero, +) == all[column], "\(what): column \(column) of \(verdicts)")
        }
    }

    /// "**FY2027** total +$42,000 ($101,220, was $59,220): …": the change is new less was, and
    /// both are the two plans' totals for the year.
    static func expectDiffYearsAddUp(_ diff: String, old: PlannedBudget, new: PlannedBudget) {
        let years = diff.split(separator: "\n").filter { $0.hasPrefix("- **FY") && $0.contains(" total ") }
        #expect(!years.isEmpty, "the diff has the budget's years")
        for line in years {
            let printed = amounts(in: String(line))
            guard printed.count >= 3, let year = line.split(separator: "*")[1...].first.map(String.init) else { Issue.record("\(line)"); continue }
            #expect(printed[0] == printed[1] - printed[2], "\(line)")
            #expect(new.byYear.first { $0.year.description == year }?.amount == printed[1], "\(line)")
            #expect(old.byYear.first { $0.year.description == year }?.amount == printed[2], "\(line)")
        }
    }
}
