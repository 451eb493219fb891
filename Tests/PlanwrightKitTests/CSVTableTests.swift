import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct CSVTableTests {
    func table(_ text: String) -> CSVTable { CSVTable(SourceText(path: "t.csv", bytes: Array(text.utf8))) }

    /// Each record as `line: field|field`, the shape these tests compare.
    func records(_ text: String) -> [String] {
        table(text).records.map { "\($0.line): " + $0.fields.map(\.text).joined(separator: "|") }
    }

    @Test func quotedFieldsFollowRFC4180() {
        #expect(records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\"\"\n") == [
            "1: a|b|c",
            "2: x, y|say \"hi\"|two\nlines",
            "4: last||",
        ])
    }

    @Test func lineEndingsAndBOMDoNotChangeTheRecords() {
        let plain = records("id,name\n1,Ana\n2,Sam")
        #expect(plain == ["1: id|name", "2: 1|Ana", "3: 2|Sam"])
        #expect(records("id,name\r\n1,Ana\r\n2,Sam\r\n") == plain)
        #expect(records("\u{FEFF}id,name\r\n1,Ana\r\n2,Sam\r\n") == plain)
        #expect(table("\u{FEFF}id,name\n").records[0].fields[0].column == 1)
    }

    @Test func blankLinesAndEmptySpreadsheetRowsAreSkippedButStillCounted() {
        #expect(records("id,name\n\n1,Ana\n,\n \n2,Sam\n\n") == ["1: id|name", "3: 1|Ana", "6: 2|Sam"])
    }

    @Test func fieldsKnowTheirColumnAndWidth() {
        // Columns count characters, not bytes: 'é' is one column.
        let record = table("José,\"Ruiz, Ana\",x\n").records[0]
        #expect(record.fields.map { "\($0.column)+\($0.length)" } == ["1+4", "6+11", "18+1"])
        let multiline = table("a,\"b\nc\",d\n").records[0]
        #expect(multiline.fields.map { "\($0.line):\($0.column)+\($0.length)" } == ["1:1+1", "1:3+1", "2:4+1"])
    }

    @Test func sloppyQuotingIsReadAsWritten() {
        // Spaces before an opening quote are dropped; a quote inside a bare value is a letter.
        #expect(records("a, \"b,c\",5\" tablet,\"d\"e\n") == ["1: a|b,c|5\" tablet|de"])
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpened() {
        let read = table("id,name\n1,Ana\n2,\"Sam\n3,Kim\n")
        #expect(read.records.map(\.line) == [1, 2])
        #expect(read.unterminatedQuote?.line == 3)
        #expect(read.unterminatedQuote?.column == 3)
    }

    @Test func bytesThatAreNotUTF8AreReadAsWindows1252AndFoundByLine() {
        // "José" saved as Windows-1252: é is the single byte 0xE9, and ’ (0x92) a curly apostrophe.
        let bytes = Array("id,name\n1,Ana\n2,Jos".utf8) + [0xE9] + Array("\n3,O".utf8) + [0x92] + Array("Neil\n".utf8)
        let file = CSVFile(SourceText(path: "t.csv", bytes: bytes), name: "t.csv")
        #expect(file.rows.map { $0["name"] ?? "-" } == ["Ana", "José", "O’Neil"])
        #expect(file.diagnostics.map { "\($0.severity) \($0.location!.line) \($0.message)" } == [
            "note 3 t.csv is not saved as UTF-8, so it was read as Windows-1252, as Excel on Windows saves \"CSV\" (the first such letter is on line 3); if names still look wrong, save it as \"CSV UTF-8\"",
        ])
        #expect(CSVFile(SourceText(path: "t.csv", bytes: Array("id,name\n2,José\n".utf8)), name: "t.csv").diagnostics.isEmpty)
    }

    @Test func filesAreReadByHeaderNameAndBadRowsAreDiagnosed() {
        let source = SourceText(path: "dir/survey.csv", bytes: Array("Staff ID,Comfort\nt-1, 3 \nt-2,4,extra\nt-3\n".utf8))
        var file = CSVFile(source, name: "survey.csv")
        let hasUsedColumns = file.require(["staff_id", "comfort"], by: Message("survey_required_by_staff_survey"))
        let hasChampion = file.require(["champion"], by: Message("survey_required_by_staff_survey"))
        #expect(hasUsedColumns && !hasChampion)
        #expect(file.rows.map { "\($0.line) \($0["staff_id"] ?? "-") \($0["comfort"] ?? "-") \($0["grades"] ?? "-")" } == ["2 t-1 3 -"])
        #expect(file.rows[0].location(of: "comfort") == PlanwrightDocument.SourceLocation(file: "dir/survey.csv", line: 2, column: 5, length: 3))
        #expect(file.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "3:1 survey.csv row 3 has 3 values, but the first line names 2 columns; a value with a comma in it needs double quotes around it",
            "4:1 survey.csv row 4 has 1 value, but the first line names 2 columns; a value is missing, or a value with a line break in it needs double quotes around it",
            "1:1 survey.csv is missing the column 'champion' that the staff survey needs",
        ])
    }

    @Test func anEmptyFileSaysSoOnce() {
        var file = CSVFile(SourceText(path: "orgs.csv", bytes: Array("\u{FEFF}\n\n".utf8)), name: "orgs.csv")
        let usable = file.require(["sourcedId"], by: Message("roster_required_by_oneroster"))
        #expect(!usable)
        #expect(file.diagnostics.map(\.message) == ["orgs.csv is empty; it needs a first line naming its columns"])
    }
}
