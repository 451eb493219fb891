import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// A plan with surveys in a temporary folder: three schools, three rated indicators, and the
/// `voices:` section a test gives, with its CSV files written beside the plan.
struct VoicesScratch {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-voices-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Writes `text` at `relative` byte for byte (a BOM and CRLF stay as they are).
    func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(relative))
    }

    /// A fixture of `Fixtures/voices/` copied into the plan's folder under `as`.
    func copy(_ fixture: String, as relative: String? = nil) throws {
        // Bytes, not text: reading the fixture as a String would drop a BOM the test needs.
        try FileManager.default.createDirectory(at: url(relative ?? fixture).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contentsOf: Fixtures.url("voices/\(fixture)")).write(to: url(relative ?? fixture))
    }

    static let teachersQuestions = """
          questions:
            "Teachers here share a clear picture of what technology is for": shared-vision
            "My PLC plans lessons together, including technology": collaborative-teams
            "Anything else you'd like to tell us?": free-text
    """

    /// The teachers' Google Forms survey, as most tests read it.
    static func teachers(file: String = "google-teachers.csv") -> String {
        """
            - file: \(file)
              group: teachers
              school_column: "Which school?"
              scale: {"Strongly disagree": 1, "Disagree": 2, "Agree": 3, "Strongly agree": 4}
        \(teachersQuestions)
        """
    }

    /// The students' Microsoft Forms survey; `freeText` maps its open question too.
    static func students(freeText: Bool = true) -> String {
        """
            - file: microsoft-students.csv
              group: students
              school_column: School
              questions:
                "I can get online when I need to for schoolwork": equity-of-access

        """.replacingOccurrences(of: "equity-of-access\n", with: "equity-of-access\n" + (freeText ? "        \"What would help you learn?\": free-text\n" : ""))
    }

    /// The plan file's text with `voices:` holding `surveys` (YAML list items, indented four spaces).
    static func yaml(surveys: String, minResponses: Int? = nil, ratings: String? = nil) -> String {
        PlanFixture.yaml(
            ratings: ratings ?? "{ shared-vision: { current: 3, target: 4 }, collaborative-teams: { current: 3, target: 4 }, equity-of-access: { current: 3, target: 4 } }",
            schools: "[{ id: north, name: North Elementary }, { id: nunez, name: José Núñez Academy }, { id: south, name: South Middle }]",
            staff: "[{ id: s1, name: Ann Lee, school: north, comfort: 4, champion: yes }, { id: s2, name: Siobhán Ó Briain, school: south, comfort: 2 }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
            extra: "voices:\n" + (minResponses.map { "  min_responses: \($0)\n" } ?? "") + "  surveys:\n" + surveys)
    }

    /// A terminal report with its wrapped lines joined, so a sentence is found wherever it wraps.
    static func unwrapped(_ report: String) -> String {
        report.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Writes the plan and runs it through the whole pipeline.
    func run(_ yaml: String) throws -> PlanPipeline.Result {
        try write("plan.yaml", yaml)
        return PlanPipeline().run(path: url("plan.yaml").path)
    }
}

/// The files the example plan names beside it: its holiday calendar, its survey exports and its app report.
enum ExamplePlanFiles {
    static let relativePaths = ["maple-valley-holidays.ics", "surveys/teachers-2026.csv", "surveys/students-2026.csv", "surveys/families-2026.csv", "apps/app-report-2026-11.csv"]

    /// Copies them into `folder`, as they sit beside `Plans/maple-valley.yaml`, so a copy of the plan there reads.
    static func copy(to folder: URL) throws {
        for path in relativePaths {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: GoodPlanTests.packageRoot.appendingPathComponent("Plans/\(path)"), to: target)
        }
    }
}
