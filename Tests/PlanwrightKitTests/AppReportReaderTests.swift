import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel

/// `tools.import` reads a portal's app report by its headers, whichever portal exported it,
/// and reports every problem at the file's line and cell, all at once.
struct AppReportReaderTests {
    /// As ClassLink Analytics exports it: a BOM, CRLF, counts with thousands separators in quotes,
    /// tags separated by `|`, and the most active schools as one quoted cell.
    static let classLink = "\u{FEFF}App Name,URL,Tags,Active Users (30 days),Usage Minutes,Top Schools,Privacy Status\r\n"
        + "Google Classroom,https://classroom.google.com,LMS|Grades K-12,\"2,940\",\"118,400\",\"Maple Valley High School, Lincoln Elementary\",Approved\r\n"
        + "IXL,https://www.ixl.com/signin/maplevalley,Practice|Math|Grades 2-8,612,\"40,210\",\"Lincoln Elementary (301), Riverside Elementary (188)\",Approved\r\n"
        + "seesaw,app.seesaw.me,Communication|Portfolio|K-5,95,1 820,Riverside Elementary,In Review\r\n"
        + "Blooket,https://www.blooket.com,Games|Assessment,143,2210,\"Maple Valley High School, Northside Academy\",Not Approved\r\n"
        + "Kami,https://web.kamihq.com,Productivity|PDF,0,-,,Pending\r\n"

    @Test func aClassLinkExportIsReadByItsUsualHeaders() throws {
        let read = AppReportSupport.read(AppReportSupport.file(Self.classLink))
        #expect(read.problems.isEmpty)
        let rows = try #require(read.rows)
        #expect(rows.map(\.name) == ["Google Classroom", "IXL", "seesaw", "Blooket", "Kami"])
        #expect(rows.map { $0.activeUsers?.value ?? -1 } == [2_940, 612, 95, 143, 0])
        #expect(rows.map { $0.minutes ?? -1 } == [118_400, 40_210, 1_820, 2_210, -1])
        #expect(rows.map { $0.host ?? "-" } == ["classroom.google.com", "ixl.com", "app.seesaw.me", "blooket.com", "web.kamihq.com"])
        #expect(rows[0].tags == ["LMS", "Grades K-12"])
        // A list in one cell, each school's count in parentheses dropped.
        #expect(rows[1].schools == ["Lincoln Elementary", "Riverside Elementary"])
        #expect(rows.map { $0.privacy?.rawValue ?? "-" } == ["signed", "signed", "pending", "none", "pending"])
        // The count's cell, for the observation's location; the row's start, for `reported`.
        #expect(rows[1].activeUsers?.location == SourceLocation(file: "apps.csv", line: 3, column: 69, length: 3))
        #expect(rows[1].location == SourceLocation(file: "apps.csv", line: 3, column: 1))
    }

    @Test func anExportExcelSavedInWindows1252IsReadWithItsAccents() throws {
        var bytes = Array("Application Name,Unique Users\r\nMatem".utf8)
        bytes += [0xE1]  // á in Windows-1252
        bytes += Array("ticas Digitales,40\r\n".utf8)
        let read = AppReportSupport.read(AppReportSupport.file(bytes: bytes))
        #expect(read.rows?.map(\.name) == ["Matemáticas Digitales"])
        #expect(read.rows?.first?.activeUsers?.value == 40)
        #expect(read.diagnostics.map(\.severity) == [.note])
    }

    @Test func aPlansColumnMappingReadsAnyExportsHeaders() throws {
        let csv = "Product,Students Active,Risk Rating\nCanvas,1500,Approved\n"
        let read = AppReportSupport.read(AppReportSupport.file(csv), columns: [.name: "product", .activeUsers: "Students Active", .status: "Risk Rating"])
        #expect(read.problems.isEmpty)
        #expect(read.rows?.first?.name == "Canvas")
        #expect(read.rows?.first?.activeUsers?.value == 1_500)
        #expect(read.rows?.first?.privacy == .signed)
    }

    @Test func aMappedHeaderTheExportLacksIsAnErrorAtThePlansLine() {
        let csv = "Product,Students Active\nCanvas,1500\n"
        let read = AppReportSupport.read(AppReportSupport.file(csv), columns: [.name: "Product", .activeUsers: "Student Active"])
        #expect(read.rows == nil)
        #expect(read.problems == ["plan.yaml:40:5: apps.csv has no column 'Student Active'; its first line names the columns the portal exported; did you mean 'Students Active'?"])
    }

    @Test func aRequiredColumnFoundUnderNoUsualHeaderNamesTheHeadersLookedFor() {
        let read = AppReportSupport.read(AppReportSupport.file("App Name,Logins\nCanvas,1500\n"))
        #expect(read.rows == nil)
        #expect(read.problems == [
            "apps.csv:1:1: apps.csv has no column for 'active_users': its first line names none of 'Active Users', 'Unique Users', 'Users', 'Total Users'; if the portal calls it something else, write that header under the import's 'columns', as 'active_users: Header'",
        ])
    }

    @Test func badRowsAreDiagnosedAtTheirCellAllAtOnce() {
        let csv = "App Name,Active Users,Usage Minutes\n"
            + "Canvas,1500,900\n"
            + ",40,10\n"
            + "Quizizz,12O,10\n"
            + "Padlet,30,lots\n"
            + "Nearpod,N/A,\n"
            + "Kahoot,\"1,2,3\n"
        let read = AppReportSupport.read(AppReportSupport.file(csv))
        #expect(read.rows?.map(\.name) == ["Canvas", "Nearpod"])
        #expect(read.problems == [
            "apps.csv:7:8: apps.csv line 7: this value opens a double quote (\") that is never closed, so the rest of the file cannot be read; add the closing quote",
            "apps.csv:3:1: apps.csv row 3: the app's name is empty, so the row matches no tool; fill in the name or remove the row",
            "apps.csv:4:9: apps.csv row 4: 'Active Users' is '12O', which is not a number; write it in digits, such as 1250 (a blank cell, '-' or 'N/A' means no count)",
            "apps.csv:5:11: apps.csv row 5: 'Usage Minutes' is 'lots', which is not a number; write it in digits, such as 1250 (a blank cell, '-' or 'N/A' means no count)",
        ])
    }

    @Test func aHeaderWrittenTwiceIsAnError() {
        let read = AppReportSupport.read(AppReportSupport.file("App Name,Active Users,App name\nCanvas,1500,Canvas LMS\n"))
        #expect(read.rows == nil)
        #expect(read.problems == ["apps.csv:1:23: apps.csv names the column 'App name' twice in its first line, so which one to read is unclear; remove or rename one"])
    }

    @Test func tenThousandAppsAreReadWholeAndTheirProblemsCapped() {
        var good = "App Name,Active Users,Top Schools\n", bad = "App Name,Active Users\n"
        for row in 0..<10_000 {
            good += "App \(row),\(row),\"Lincoln Elementary, Nowhere \(row % 3)\"\n"
            bad += "App \(row),many\n"
        }
        let merged = AppReportSupport.merge(good, into: [])
        #expect(merged.tools.count == 10_000)
        #expect(Set(merged.tools.map(\.id)).count == 10_000)
        // One warning per school name the plan lacks, however many rows name it.
        #expect(merged.problems.count == 3)
        let read = AppReportSupport.read(AppReportSupport.file(bad))
        #expect(read.rows?.isEmpty == true)
        #expect(read.diagnostics.count == DiagnosticCollector.maxPerFile + 1)
    }
}
