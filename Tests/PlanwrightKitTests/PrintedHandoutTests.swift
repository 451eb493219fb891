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
        let output = try BuildOutputTests.render(try GoldenOutputTests.examplePlan())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try OutputDirectory.write(output.files, to: folder)
        let handouts = output.files.map(\.path).filter { $0.hasPrefix("schools/") && $0.hasSuffix(".html") }
        #expect(handouts.count == 7)
        for handout in handouts {
            let pdf = folder.appendingPathComponent(handout + ".pdf")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.chromium!)
            process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=\(folder.appendingPathComponent(".chromium").path)",
                                 "--print-to-pdf=\(pdf.path)", folder.appendingPathComponent(handout).absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let data = try Data(contentsOf: pdf)
            #expect(Self.pageCount(data) == 1, "\(handout) prints on \(Self.pageCount(data)) pages")
        }
    }

    /// Page objects in a PDF: `/Type /Page` not followed by `s` (which would be `/Pages`).
    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?!s)/).count
    }
}
