import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// `tools: import:` through the whole pipeline: the plan names a portal's app report, which is
/// read beside it, merged into the inventory, and diagnosed at the plan's lines and the file's.
struct AppReportImportTests {
    /// Two tools at two schools, and the import a test gives (YAML under `tools:`, indented two spaces).
    static func yaml(import block: String) -> String {
        PlanFixture.yaml(
            schools: "[{ id: north, name: North Elementary, grades: K-5 }, { id: south, name: South Middle, grades: 6-8 }]",
            goals: PlanFixture.goal("{ id: a, title: A, days: 3 }"),
            extra: """
            tools:
            \(block)
              inventory:
                - id: seesaw
                  name: Seesaw
                  purpose: lms
                  schools: [north]
                  licences: 400
                  privacy: { agreement: pending }
                - id: iready
                  name: i-Ready Assessment
                  purpose: assessment
                  licences: 900
                  active_users:
                    - { date: 2026-10-30, value: 700 }
            """)
    }

    static let report = "\u{FEFF}App Name,URL,Tags,Active Users (30 days),Top Schools,Privacy Status\r\n"
        + "Seesaw,https://app.seesaw.me,LMS|K-5,\"1,250\",\"North Elementary, South Middle\",Approved\r\n"
        + "i-Ready,https://login.i-ready.com,Assessment,640,South Middle,Approved\r\n"
        + "Quizlet,https://quizlet.com,Study Tools,85,South Middle,Not Approved\r\n"

    static let block = """
          import:
            file: apps/report.csv
            as_of: 2026-11-30
        """

    static func located(_ result: PlanPipeline.Result, _ severity: Diagnostic.Severity) -> [String] {
        result.diagnostics.filter { $0.severity == severity }.map(AppReportSupport.located)
    }

    /// The line of `yaml` holding `text`, counting from 1.
    static func line(of text: String, in yaml: String) -> Int {
        (yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } ?? -1) + 1
    }

    @Test func aReportBesideThePlanJoinsItsInventory() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.write("apps/report.csv", Self.report)
        let yaml = Self.yaml(import: Self.block)
        let result = try scratch.run(yaml)
        #expect(Self.located(result, .error).isEmpty)
        let tools = try #require(result.plan?.tools.tools)
        #expect(tools.map(\.id) == ["seesaw", "iready", "quizlet"])
        #expect(tools.map(\.inPlan) == [true, true, false])
        #expect(tools[1].activeUsers.map(\.value) == [700, 640])
        #expect(tools[1].url == "https://login.i-ready.com")
        #expect(tools[2].scope.schools == ["south"])
        // Counted beyond its licences, and compared with what the plan says: each at its place.
        let privacyLine = Self.line(of: "agreement: pending", in: yaml), schoolsLine = Self.line(of: "schools: [north]", in: yaml)
        #expect(Self.located(result, .warning).filter { $0.contains("seesaw") } == [
            "report.csv:2:38: tool 'seesaw' counts 1,250 active users on 2026-11-30, more than the seats paid for (400 seats); check the count (people counted twice, or accounts of people who have left), or the tool's 'licences'",
            "plan.yaml:\(schoolsLine):16: apps/report.csv row 2 lists 'south' among the schools using 'seesaw' most, but the tool's 'schools' and 'grades' leave it out; add the school, or find out why it is used there",
            "plan.yaml:\(privacyLine):29: the privacy agreement of 'seesaw' is 'pending' here, but apps/report.csv row 2 gives 'Approved'; check which is current and correct the plan or the portal",
        ])
    }

    @Test func theExamplePlansReportGivesNovembersCountsAndItsUnvettedApps() throws {
        let result = PlanPipeline().run(path: GoodPlanTests.packageRoot.appendingPathComponent("Plans/maple-valley.yaml").path)
        // The report itself is sound: at its rows only the planner's word that three apps are unvetted.
        #expect(result.diagnostics.filter { $0.location?.file.hasSuffix(".csv") == true }.map(\.message) == ["Quizlet", "Prodigy Math", "Padlet"].map {
            "\($0) is in use (the app report shows it) but not in the plan: check its privacy agreement, sign-in and rostering, then add it under tools or block it"
        })
        let tools = try #require(result.plan?.tools.tools)
        #expect(tools.filter { !$0.inPlan }.map(\.id) == ["quizlet", "prodigy-math", "padlet"])
        #expect(tools.first { $0.id == "canvas" }?.activeUsers.last.map { "\($0.date) \(Int($0.value))" } == "2026-11-30 3412")
        #expect(tools.first { $0.id == "kahoot" }?.reported?.line == 9)
        #expect(tools.filter { $0.reported != nil }.count == 13)
    }

    @Test func aReportThatIsNotThereIsAnErrorAtThePlansLine() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let yaml = Self.yaml(import: Self.block)
        let result = try scratch.run(yaml)
        #expect(Self.located(result, .error) == [
            "plan.yaml:\(Self.line(of: "file: apps/report.csv", in: yaml)):11: the app report 'apps/report.csv' cannot be read: no such file; paths are relative to the plan file's folder",
        ])
    }

    @Test func aMappedColumnTheReportLacksIsAnErrorAtItsKey() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.write("apps/report.csv", Self.report)
        let yaml = Self.yaml(import: Self.block + "\n    columns: { status: Data Privacy Status }")
        let result = try scratch.run(yaml)
        #expect(result.improvementPlan == nil)
        #expect(Self.located(result, .error) == [
            "plan.yaml:\(Self.line(of: "columns: {", in: yaml)):24: apps/report.csv has no column 'Data Privacy Status'; its first line names the columns the portal exported; did you mean 'Privacy Status'?",
        ])
    }

    @Test func anImportWithoutItsDateOrWithAnUnknownColumnKeyIsDiagnosedByTheDecoder() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.write("apps/report.csv", Self.report)
        let yaml = Self.yaml(import: "  import:\n    file: apps/report.csv\n    columns: { users: Active Users }")
        let result = try scratch.run(yaml)
        let errors = Self.located(result, .error)
        #expect(errors.count == 2)
        #expect(errors.contains { $0.contains("as_of") })
        #expect(errors.contains { $0.contains("'users'") && $0.contains("active_users") })
    }
}
