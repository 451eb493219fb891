import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Plan text in Markdown outputs is shown as written: it cannot end a table row, become HTML,
/// a link, emphasis or a heading. Checked on the Markdown itself and on the HTML cmark-gfm makes
/// of it, as GitHub or an email client would show it.
struct MarkdownEscapingTests {
    /// Text that means something in Markdown, and what a reader must see instead.
    static let literals: [(text: String, shown: String)] = [
        ("a | b\nc", "a | b c"), ("x\r\ny\rz", "x  y z"), ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"), ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("![i](x.png)", "![i](x.png)"), ("*bold* **strong**", "*bold* **strong**"), ("_under_ snake_case_id", "_under_ snake_case_id"),
        ("`code`", "`code`"), ("~~gone~~", "~~gone~~"), ("&amp; &#60;", "&amp; &#60;"), ("a\\*b\\", "a\\*b\\"),
        ("# heading", "# heading"), ("> quote", "> quote"), ("- item", "- item"), ("+ item", "+ item"), ("1. item", "1. item"),
        ("12) item", "12) item"), ("===", "==="), ("- - -", "- - -"), ("***", "***"), ("    indented", "indented"), ("title ##", "title ##"),
        ("[ref]: /url", "[ref]: /url"), ("  padded  ", "padded"),
    ] + autolinks.map { ($0, $0) }

    /// Plain text GitHub's autolink extension would make a link of: `www.` and a scheme with `//`.
    static let autolinks = [
        "Log in at www.evil.example/reset or https://evil.example/x", "http://evil.example", "HTTPS://EVIL.EXAMPLE/x",
        "ftp://evil.example/f", "(www.evil.example)", "*www.evil.example*", "~www.evil.example~", "_www.evil.example_",
        "<https://evil.example>", "[https://evil.example]", "xmpp://evil.example/home",
    ]

    /// Email addresses are left as written (an invisible character would stop cmark-gfm's link,
    /// but travel with every copied address): GitHub may link them to write to that very address.
    @Test func emailAddressesAreLeftAsWritten() {
        for text in ["mail admin@district.example", "first.last+tag@sub.district.example", "icon@2x.png"] {
            #expect(MarkdownText.escape(text) == text)
            #expect(!MarkdownHTML.render(MarkdownText.escape(text)).contains("\u{2060}"))
        }
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test(arguments: literals)
    func escapedTextIsShownAsWrittenWhereverATemplatePutsIt(_ literal: (text: String, shown: String)) {
        let escaped = MarkdownText.escape(literal.text)
        let shown = Self.html(literal.shown)
        #expect(MarkdownHTML.render(escaped) == "<p>\(shown)</p>\n")
        #expect(MarkdownHTML.render("### \(escaped)") == "<h3>\(shown)</h3>\n")
        #expect(MarkdownHTML.render("- **\(escaped)** (\(escaped))") == "<ul>\n<li><strong>\(shown)</strong> (\(shown))</li>\n</ul>\n")
        let table = MarkdownHTML.render("| A | B |\n|---|---|\n| \(escaped) | after |\n")
        #expect(table.contains("<tr>\n<td>\(shown)</td>\n<td>after</td>\n</tr>"), "\(table)")
    }

    @Test func ordinaryTextStaysReadable() {
        for text in ["Read 3.2 at 9:30, e.g. the www page", "Email the team @ noon", "lms_pilot v2.0: see notes", "wwwx.example", "HEAD@{1}", "4@noon"] {
            #expect(MarkdownText.escape(text) == text)
        }
        #expect(MarkdownText.escape("www.a.example https://b.example pat@c.example") == "www\\.a.example https\\://b.example pat@c.example")
    }

    /// `|` not escaped by a backslash: what GitHub's tables split cells at.
    static func cellBars(_ line: Substring) -> Int {
        var bars = 0, backslashes = 0
        for character in line {
            if character == "|", backslashes % 2 == 0 { bars += 1 }
            backslashes = character == "\\" ? backslashes + 1 : 0
        }
        return bars
    }

    /// Tables as their runs of lines starting with `|`, header first.
    static func tables(in markdown: String) -> [[Substring]] {
        var tables: [[Substring]] = [], current: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") { current.append(line) } else if !current.isEmpty { tables.append(current); current = [] }
        }
        return current.isEmpty ? tables : tables + [current]
    }

    static func hostileOutputs(templates: URL? = nil) throws -> [String: String] {
        let plan = try #require(PlanFixture.run(HostileTextPlan.yaml, asOf: "2026-10-01").improvementPlan)
        return Dictionary(try BuildOutputTests.render(plan, templates: templates).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theHandoutsShowPlanTextAsText() throws {
        let files = try Self.hostileOutputs()
        for path in ["plan.md", "schools/north.md"] {
            let markdown = try #require(files[path])
            // Every row of every table has its header's cells: a `|` or line break from the plan stays inside.
            for table in Self.tables(in: markdown) {
                for row in table.dropFirst() { #expect(Self.cellBars(row) == Self.cellBars(table[0]), "\(path): \(row)") }
            }
            #expect(Self.tables(in: markdown).joined().contains { $0.contains("cell \\| break out \\| here") } == (path == "plan.md"))
            #expect(!markdown.contains("\nout") && !markdown.contains("\nc "), "\(path): a line break in a title starts a new line")
            // No HTML, link or emphasis from the plan's plain text.
            #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"), "\(path) copies raw HTML")
            #expect(markdown.contains("\\[x\\](javascript:alert(1)) \\*bold\\*"), "\(path)")
            #expect(markdown.contains("North \\<img src=x onerror=alert(1)\\>"), "\(path)")
            #expect(TerminalOutputTests.controlBytes(in: markdown).isEmpty, "\(path) holds control characters")

            let html = MarkdownHTML.render(markdown)
            #expect(!html.contains("<img") && !html.contains("<script") && !html.contains("raw HTML omitted"), "\(path)")
            // The one link is the handout's own, to the school's people page.
            let planLinks = html.replacingOccurrences(of: "<a href=\"north-people.md\">", with: "")
            #expect(!planLinks.contains("<a ") && !html.contains("<em>bold</em>"), "\(path) makes a link or emphasis of plan text")
            #expect(html.contains("[x](javascript:alert(1)) *bold*") && html.contains("North &lt;img src=x onerror=alert(1)&gt;"), "\(path)")
        }
        // The people page: names and the school's name as text, every row in its table's cells.
        let people = try #require(files["schools/north-people.md"])
        for table in Self.tables(in: people) {
            for row in table.dropFirst() { #expect(Self.cellBars(row) == Self.cellBars(table[0]), "people page: \(row)") }
        }
        #expect(!people.replacingOccurrences(of: "\\<", with: "").contains("<") && people.contains("North \\<img src=x onerror=alert(1)\\>"))
        #expect(TerminalOutputTests.controlBytes(in: people).isEmpty)
        let plan = try #require(files["plan.md"])
        let html = MarkdownHTML.render(plan)
        // GitHub pads or cuts a row to its header's cells: what shows a break-out is a cell's text.
        #expect(html.contains("<td>cell | break out | here") && html.contains("<td>Pat | Lee</td>"))
        #expect(html.contains("<h3>a | b c \u{FFFD}[31m\u{FFFD} (g)</h3>"))
        #expect(html.contains("<td>1. # &gt; - + heading"))
        #expect(html.contains("Log in at www.evil.example/reset or https://evil.example/x, then call the help desk"))
    }

    @Test func markdownWrittenInThePlanKeepsItsFormattingButNotItsHTML() throws {
        let plan = try #require(Self.hostileOutputs()["plan.md"])
        #expect(plan.contains("Learn **well** \\<script\\>alert(1)\\</script\\> go\n"))
        #expect(plan.contains("Some *real* text \\<b\\>bold\\</b\\> and a link\n"))
        #expect(plan.contains("\n\\<div onclick=alert(3)\\>hi\\</div\\>\n"))
        let html = MarkdownHTML.render(plan)
        #expect(html.contains("<strong>well</strong>") && html.contains("<em>real</em>"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt;") && html.contains("&lt;div onclick=alert(3)&gt;hi&lt;/div&gt;"))
        #expect(!html.contains("javascript:alert(2)") && !html.contains("raw HTML omitted"))
        // Evidence is Markdown too, offered the same way to a district's own templates.
        let evidence = MarkdownSource.render("*seen* <img src=x onerror=alert(5)> ![p](javascript:x) ![ok](data:image/png;base64,AA==)")
        #expect(evidence == "*seen* \\<img src=x onerror=alert(5)\\> p ![ok](data:image/png;base64,AA==)\n")
        // Inline HTML over two lines, inside a quote: its lines stay in the quote, as text.
        #expect(MarkdownSource.render("> a <img\n> src=x onerror=alert(6)> b") == "> a \\<img\n> src=x onerror=alert(6)\\> b\n")
    }

    @Test func aTemplateChoosesTextOrMarkdownAndTripleBracesStayRaw() throws {
        let folder = try BuildOutputTests.templates([
            "school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n",
            "plan.md.mustache": "{{% CONTENT_TYPE: MARKDOWN}}\n# {{district}}\n{{{district}}}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.hostileOutputs(templates: folder)
        // A district's TEXT template is not escaped, as before.
        #expect(files["schools/north.md"] == "# North <img src=x onerror=alert(1)> \u{1B}[2J\u{07}\r\n")
        #expect(files["plan.md"] == "# Evil \u{FFFD}\\[31mRed\u{FFFD} District X\nEvil \u{1B}[31mRed\u{07} District\rX\n")
    }

    @Test func theDiffReviewShowsPlanTextAsText() throws {
        let plans = PlanDiffTests()
        let title = #""a | b\nc \e[31m\a\r <img src=x onerror=alert(1)> [x](javascript:alert(1)) *bold*""#
        let old = plans.plan("{ id: a, title: Configure, days: 5 }, { id: b, title: \(title), days: 3, after: [a] }")
        let new = old.replacingPresent("days: 5", with: "days: 8")
        let markdown = PlanDiffMarkdown.render(try plans.diff(old, new))
        #expect(TerminalOutputTests.controlBytes(in: markdown).isEmpty, "diff prints control characters to the terminal")
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| `b`") })
        #expect(Self.cellBars(row) == 6, "\(row)")
        let html = MarkdownHTML.render(markdown)
        #expect(!html.contains("<img") && !html.contains("<a ") && !html.contains("<em>bold</em>"))
        let cells = try #require(html.components(separatedBy: "<tr>").first { $0.contains("<code>b</code>") })
        #expect(cells.components(separatedBy: "<td").count - 1 == 5, "\(cells)")
        #expect(cells.contains("a | b c \u{FFFD}[31m\u{FFFD}  &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1)) *bold*"))
    }
}
