import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Each school's HTML handout must print on one Letter page: it is meant for a staff meeting.
/// Runs where Chromium is installed (`.ci/install-deps --test` installs it).
struct PrintedHandoutTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func everySchoolHandoutPrintsOnOnePage() throws {
        let printer = try ChromiumPrinter(chromium: Self.chromium!)
        defer { printer.remove() }
        let files = try printer.write(BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files, into: "example")
        let handouts = files.filter { $0.hasPrefix("example/schools/") && $0.hasSuffix(".html") && !$0.hasSuffix("-people.html")
            && !$0.contains("-family.") && !$0.contains("-students.") }
        #expect(handouts.count == 7)
        for (handout, pages) in try printer.pagesEach(handouts) {
            #expect(pages == 1, "\(handout) prints on \(pages) pages")
        }
    }

    /// Families get one sheet too: every family and student page of the example, in every language.
    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func everyFamilyAndStudentPagePrintsOnOnePage() throws {
        let printer = try ChromiumPrinter(chromium: Self.chromium!)
        defer { printer.remove() }
        let files = try printer.write(BuildOutputTests.render(try GoldenOutputTests.examplePlan()).files, into: "families")
        let pages = files.filter { ($0.contains("-family.") || $0.contains("-students.")) && $0.hasSuffix(".html") }
        // 7 schools' family pages and 3 secondary schools' student pages, in English and Spanish.
        #expect(pages.count == (7 + 3) * 2)
        #expect(pages.contains { $0.hasSuffix("-family.es.html") } && pages.contains { $0.hasSuffix("-students.es.html") })
        if try printer.pagesTogether(pages) != pages.count {
            for (page, count) in try printer.pagesEach(pages) where count != 1 { Issue.record("\(page) prints on \(count) pages") }
        }
    }

    /// Every real school size (10 to 150 staff), at four dates across the year: each handout on
    /// one page, the people pages on as many as they need. The handouts of all dates print in one
    /// Chromium run (see `ChromiumPrinter.pagesTogether`); a page too many prints them one by one
    /// to name the handout that overflows.
    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func generatedDistrictHandoutsPrintOnOnePageAllYear() throws {
        let started = Date()
        let printer = try ChromiumPrinter(chromium: Self.chromium!)
        defer { printer.remove() }
        var handouts: [String] = []
        var peoplePages: [String] = []
        for date in GeneratedDistrict.asOfDates {
            let files = try printer.write(BuildOutputTests.render(try GeneratedDistrict.plan(asOf: date)).files, into: date)
            let these = GeneratedDistrict.schools.map { "\(date)/schools/\($0.id).html" }
            let people = GeneratedDistrict.schools.map { "\(date)/schools/\($0.id)-people.html" }
            #expect(Set(these + people).isSubset(of: files))
            handouts += these
            peoplePages += people
        }
        let together = try printer.pagesTogether(handouts)
        var report = "generated district, pages per handout:\n"
        if together != handouts.count {
            for (handout, pages) in try printer.pagesEach(handouts) where pages != 1 {
                Issue.record("\(handout) prints on \(pages) pages")
            }
            Issue.record("\(handouts.count) handouts print on \(together) pages together")
        } else {
            report += "  every one of \(handouts.count) handouts (6 schools × 4 dates) on 1 page\n"
        }
        // The people pages do not change with the date but for its As-of line: one date's are printed.
        let winter = peoplePages.filter { $0.hasPrefix(GeneratedDistrict.asOfDates[2]) }
        for (page, pages) in try printer.pagesEach(winter) {
            #expect(pages >= 1, "\(page) did not print")
            let school = GeneratedDistrict.schools.first { page.hasSuffix("/\($0.id)-people.html") }!
            report += "  \(school.id) (\(school.staff) staff): people page \(pages) pages\n"
        }
        print(report + String(format: "  printed in %.1f s", Date().timeIntervalSince(started)))
    }

    /// Page objects in a PDF: `/Type /Page` not followed by `s` (which would be `/Pages`).
    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?!s)/).count
    }
}

/// Prints HTML files to PDF with headless Chromium and counts their pages, in a folder of its own.
/// One launch prints one file and takes about a second, so many handouts are best printed as one.
struct ChromiumPrinter {
    let chromium: String
    let folder: URL

    init(chromium: String) throws {
        self.chromium = chromium
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Writes a build's files under `name`; returns their paths relative to the printer's folder.
    func write(_ files: [(path: String, contents: String)], into name: String) throws -> [String] {
        _ = try OutputDirectory.write(files, to: folder.appendingPathComponent(name))
        return files.map { "\(name)/\($0.path)" }
    }

    /// Each file printed on its own.
    func pagesEach(_ paths: [String]) throws -> [(String, Int)] {
        try paths.map { ($0, try pages(of: folder.appendingPathComponent($0))) }
    }

    /// The files' bodies one after the other in one document, each starting a new page, printed
    /// once. A handout takes at least one page, so they print on as many pages as there are
    /// handouts only if each fits on one. Their stylesheet is the same, so the first file's head
    /// serves all of them.
    func pagesTogether(_ paths: [String]) throws -> Int {
        let pages = try paths.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        guard let first = pages.first, let head = first.range(of: "<body>") else { return 0 }
        let bodies = pages.map { page -> String in
            let start = page.range(of: "<body>")!.upperBound
            let end = page.range(of: "</body>", options: .backwards)!.lowerBound
            return "<div style=\"break-before: page\">\(page[start..<end])</div>\n"
        }
        let together = folder.appendingPathComponent("together.html")
        try (String(first[..<head.upperBound]) + bodies.joined() + "</body>\n</html>\n").write(to: together, atomically: true, encoding: .utf8)
        return try self.pages(of: together)
    }

    private func pages(of html: URL) throws -> Int {
        let pdf = html.appendingPathExtension("pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent(".chromium").path)",
                             "--print-to-pdf=\(pdf.path)", html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return PrintedHandoutTests.pageCount(try Data(contentsOf: pdf))
    }
}
