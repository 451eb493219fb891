import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Inputs a careful tester (or an unlucky export) sends: each is an error at its place, or
/// handled as a user would expect.
struct HostileInputTests {
    /// The characters HTML cannot hold: C0 but tab and line breaks, DEL, C1.
    static func controls(in page: String) -> [String] {
        page.unicodeScalars.filter(HTMLText.isForbidden).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// VT, ESC, DEL, NEL (U+0085) and CSI (U+009B) in a district's, a school's, a person's and a
    /// milestone's names and in Markdown text, as a plan copied from a word processor or a
    /// roster export can carry them (the YAML escapes make the characters).
    static let yaml = #"""
        planwright: 1
        district: { name: "Maple\vValley \e[1mUnified\x7F", vision: "Every student\N connected \x9B31m.", team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, early_release: wednesday }
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3, evidence: "Survey\v of staff\x7F" } } }
        schools: [{ id: north, name: "North\N Elementary\x1F" }]
        staff: [{ id: s1, name: "Ann \e]0;x\a Lee", school: north, comfort: 4, champion: yes }, { id: s2, name: "Bo\x7F Diaz", school: north, comfort: 2 }]
        goals:
          - id: g
            title: "Connected\v classrooms"
            description: "Wi-Fi\N in every room\x85"
            indicators: [shared-vision]
            measures: [{ name: "Rooms\x7F online", unit: "rooms\v", baseline: 1, target: 5, observations: [{ date: 2026-09-01, value: 2 }] }]
            milestones:
              - { id: m1, title: "Survey\x0B coverage \e[31m", days: 5 }
        """#

    @Test func noControlCharacterReachesAnHTMLPage() throws {
        let result = PlanFixture.run(Self.yaml)
        let plan = try #require(result.improvementPlan, "\(result.diagnostics.map(\.message))")
        let pages = try BuildOutputTests.render(plan).files.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".svg") }
        #expect(pages.count >= 3)
        for page in pages {
            #expect(Self.controls(in: page.contents) == [], "\(page.path)")
        }
        // What was around them is still there, with the stand-in the terminal and Markdown show.
        let school = try #require(pages.first { $0.path == "schools/north.html" }).contents
        #expect(school.contains("North\u{FFFD} Elementary\u{FFFD}"), "\(school)")
    }

    /// A write to a full disk fails: the command says so and exits non-zero, never 0 with the output lost.
    @Test(arguments: [["schema"], ["plan", "--format", "json", "Plans/maple-valley.yaml"], ["calendar", "Plans/maple-valley.yaml"]])
    func aFailedWriteToStandardOutputExitsNonZero(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = GoodPlanTests.packageRoot
        let err = Pipe()
        (process.standardOutput, process.standardError) = (full, err)
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(arguments)")
        #expect(stderr.hasPrefix("planwright: could not write the output: "), "\(stderr)")
    }
}
