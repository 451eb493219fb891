import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel

/// An app report's rows join the plan's tools by name or address; what the plan also says is
/// compared, each difference a warning at the plan's line; apps the plan does not list are unvetted.
struct AppReportMergeTests {
    static let planTools = [
        AppReportSupport.tool("classroom", "Google Classroom", line: 10, privacy: .signed),
        AppReportSupport.tool("ixl-math", "IXL Math", line: 20, url: "https://ixl.com", privacy: .pending, schools: ["lincoln"]),
        AppReportSupport.tool("seesaw", "Seesaw", line: 30),
    ]

    @Test func rowsMatchToolsByNameOrAddressAndGiveTheirCountOnTheReportsDay() throws {
        var seesaw = Self.planTools[2]
        seesaw.activeUsers = [Observation(date: AppReportSupport.asOf, value: 80, at: AppReportSupport.planLine)]
        let merged = AppReportSupport.merge(AppReportReaderTests.classLink, into: [Self.planTools[0], Self.planTools[1], seesaw])
        let tools = merged.tools
        #expect(tools.map(\.id) == ["classroom", "ixl-math", "seesaw", "blooket", "kami"])
        // By name, any case; by host, whatever the path or `www.`.
        #expect(tools[0].activeUsers.map(\.value) == [2_940])
        #expect(tools[0].activeUsers.first?.date == AppReportSupport.asOf)
        #expect(tools[1].activeUsers.map(\.value) == [612])
        #expect(tools[1].reported == SourceLocation(file: "apps.csv", line: 3, column: 1))
        // The plan's own count that day stands.
        #expect(tools[2].activeUsers.map(\.value) == [80])
        // An address where the plan gives none; the plan's own kept.
        #expect(tools[0].url == "https://classroom.google.com")
        #expect(tools[1].url == "https://ixl.com")
        #expect(tools.prefix(3).allSatisfy { $0.inPlan })
    }

    @Test func valuesThePlanAlsoStatesAreComparedAtThePlansLine() {
        let problems = AppReportSupport.merge(AppReportReaderTests.classLink, into: Self.planTools).problems
        #expect(problems == [
            "plan.yaml:21:18: the privacy agreement of 'ixl-math' is 'pending' here, but apps.csv row 3 gives 'Approved'; check which is current and correct the plan or the portal",
            "plan.yaml:22:16: apps.csv row 3 lists 'riverside' among the schools using 'ixl-math' most, but the tool's 'schools' and 'grades' leave it out; add the school, or find out why it is used there",
            "apps.csv:5:59: apps.csv row 5: the school 'Northside Academy' is not a school of the plan by id or name, so it is left out",
        ])
    }

    @Test func appsThePlanDoesNotListBecomeUnvettedTools() throws {
        let tools = AppReportSupport.merge(AppReportReaderTests.classLink, into: Self.planTools).tools
        let blooket = try #require(tools.first { $0.id == "blooket" })
        #expect(!blooket.inPlan)
        #expect(blooket.name == "Blooket")
        // The first tag naming a purpose: "Games" names none, "Assessment" does.
        #expect(blooket.purpose?.value == .assessment)
        #expect(blooket.privacy?.status.value == PrivacyStatus.none)
        #expect(blooket.scope.schools == ["mvhs"])
        #expect(blooket.reported == SourceLocation(file: "apps.csv", line: 5, column: 1))
        #expect(blooket.location == blooket.reported)
        let kami = try #require(tools.first { $0.id == "kami" })
        #expect(kami.purpose?.value == .productivity)
        #expect(kami.activeUsers.map(\.value) == [0])
        #expect(kami.scope.isEveryone)
    }

    @Test func aSecondRowForTheSameAppIsLeftOutWithAWarning() {
        let csv = "App Name,URL,Active Users\nGoogle Classroom,,100\n google classroom ,,90\nIXL Learning,https://ixl.com/math,40\nIXL,https://www.ixl.com,30\nPear Deck,,5\nPear  Deck,,6\n"
        let merged = AppReportSupport.merge(csv, into: Self.planTools)
        #expect(merged.tools.first { $0.id == "classroom" }?.activeUsers.map(\.value) == [100])
        #expect(merged.tools.first { $0.id == "pear-deck" }?.activeUsers.map(\.value) == [5])
        #expect(merged.problems == [
            "apps.csv:3:1: apps.csv row 3: 'google classroom' is the same app as row 2; only row 2 is counted",
            "apps.csv:5:1: apps.csv row 5: 'IXL' is the same app as row 4; only row 4 is counted",
            "apps.csv:7:1: apps.csv row 7: 'Pear  Deck' is the same app as row 6; only row 6 is counted",
        ])
    }

    @Test func anUnvettedAppsIdIsItsNameMadeAnIdThatNoOtherToolHas() {
        var slugs = ToolSlugs(taken: ["quizlet"])
        #expect(slugs.make(from: "Kahoot! for Schools") == "kahoot-for-schools")
        #expect(slugs.make(from: "Matemáticas Día") == "matematicas-dia")
        #expect(slugs.make(from: "Quizlet+") == "quizlet-2")
        #expect((0..<3).map { _ in slugs.make(from: "数学") } == ["app", "app-2", "app-3"])
        #expect(ToolSlugs.base(String(repeating: "Reading Intervention Suite ", count: 40)) == "reading-intervention-suite-reading-intervention-suite-readin")
    }

    @Test func aStatusNoWordReadsIsWarnedAboutOncePerWording() {
        let csv = "App Name,Active Users,Status\nCanvas,100,Greenlit\nPadlet,40,greenlit\n"
        let merged = AppReportSupport.merge(csv, into: [])
        #expect(merged.tools.allSatisfy { tool in tool.privacy == nil })
        #expect(merged.problems == [
            "apps.csv:2:12: apps.csv row 2: the status 'Greenlit' is not one read as a privacy agreement, so it is left out; statuses read include approved, signed, pending, in review, not approved, denied and none",
        ])
    }
}
