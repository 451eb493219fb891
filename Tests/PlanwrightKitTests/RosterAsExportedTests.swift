import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 9: rosters as districts export them. District-office staff are counted in one
/// note; a users.csv saved by Excel on Windows (Windows-1252) reads "José Peña" as written; and
/// a roster's warnings, copied into the district plan, name their file.
struct RosterAsExportedTests {
    /// Before: one warning per person ("this administrator belongs to 'dist-cv', a district rather
    /// than a school; …"), three here, 26 in a real district's export.
    @Test func districtOfficeStaffAreOneNoteWithACount() throws {
        let district = try RosterDistrict()
        defer { district.remove() }
        let about = district.run().diagnostics.filter { $0.message.contains("district") && $0.location?.file.hasSuffix("users.csv") == true }
        #expect(about.map { "\($0.severity.rawValue) \($0.location!.line): \($0.message)" } == [
            "note 15: users.csv: 3 members of staff work at the district office rather than a school (the first on row 15, at 'dist-cv', a district); Planwright plans staff by school, so they are all left out",
        ])
    }

    /// Before: "Jos� Pe�a" in every output, and a warning to save the file again.
    @Test func aWindows1252RosterReadsNamesAsWritten() throws {
        let district = try RosterDistrict(encoding: .windowsCP1252)
        defer { district.remove() }
        let bytes = try Data(contentsOf: district.folder.appendingPathComponent("roster/users.csv"))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the fixture really is not UTF-8")
        let result = district.run()
        let plan = try #require(result.improvementPlan)
        #expect(plan.staff.first { $0.id == "t-a3" }?.name == "José Peña")
        let read = result.diagnostics.filter { $0.message.contains("Windows-1252") }
        #expect(read.map { "\($0.severity.rawValue) \($0.location!.line): \($0.message)" } == [
            "note 4: users.csv is not saved as UTF-8, so it was read as Windows-1252, as Excel on Windows saves \"CSV\" (the first such letter is on line 4); if names still look wrong, save it as \"CSV UTF-8\"",
        ])
        let files = try BuildOutputTests.render(plan).files
        let people = try #require(files.first { $0.path == "schools/sch-adams-people.md" }?.contents)
        #expect(people.contains("José Peña") && !people.contains("\u{FFFD}"))
    }

    /// A problem in a row of a Windows-1252 file quotes that row with its letters.
    @Test func aWindows1252RowIsQuotedWithItsLetters() throws {
        let district = try RosterDistrict(given: "Zoë", family: "Müller,", encoding: .windowsCP1252)
        defer { district.remove() }
        let result = district.run()
        let row = try #require(result.diagnostics.first { $0.message.hasPrefix("users.csv row 4 has 11 values") })
        let printed = DiagnosticPrinter(sources: result.sources).render(row)
        #expect(printed.contains("t-a3,active,true,sch-adams,teacher,jpena,Zoë,Müller,,jpena@cvusd.example,05"))
    }

    /// Every byte Windows-1252 defines decodes as Foundation decodes it, on Linux as on macOS.
    @Test func theWindows1252TableAgreesWithFoundation() throws {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        for byte in UInt8(0x80)...UInt8(0xFF) where !undefined.contains(byte) {
            let foundation = try #require(String(data: Data([byte]), encoding: .windowsCP1252), "\(byte)")
            #expect(String(CSVEncoding.windows1252(byte)) == foundation, "byte \(String(byte, radix: 16))")
        }
        for byte in undefined { #expect(CSVEncoding.windows1252(byte) == "\u{FFFD}") }
        let utf8 = SourceText(path: "users.csv", bytes: Array("id,name\n1,José\n".utf8), lineBreaks: .lineFeed)
        #expect(CSVEncoding.decode(utf8).encoding == .utf8)
        let marked = SourceText(path: "users.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Jos".utf8) + [0xE9], lineBreaks: .lineFeed)
        let decoded = CSVEncoding.decode(marked)
        #expect(decoded.encoding == .windows1252(firstLine: 2) && String(decoding: decoded.text.bytes, as: UTF8.self) == "\u{FEFF}id,name\n1,José")
    }

    /// Before: "(line 6)", which sends a reader to line 6 of the plan file.
    @Test func aRosterWarningInTheDistrictPlanNamesItsFile() throws {
        var orgs = RosterDistrict.orgs
        orgs += "sch-hill,active,2026-06-15T08:00:00Z,Hillside Elementary School,school,HES,dist-cv\n"
        let district = try RosterDistrict()
        defer { district.remove() }
        try Data(orgs.utf8).write(to: district.folder.appendingPathComponent("roster/orgs.csv"))
        let plan = try #require(district.run().improvementPlan)
        let files = try BuildOutputTests.render(plan).files
        let markdown = try #require(files.first { $0.path == "plan.md" }?.contents)
        #expect(markdown.contains("no one is trained there: Hillside Elementary School ('sch-hill') (orgs.csv, line 7)"))
        let html = try #require(files.first { $0.path == "plan.html" }?.contents)
        #expect(html.contains("(orgs.csv, line 7)"))
    }
}
