import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct CSVExportTests {
    static let headers = [
        "milestones.csv": "id,title,kind,goal,indicator,owner,start,end,school_days,after,schools,cycle,status,origin",
        "training-groups.csv": "group,programme,prepares_for,track,school,facilitator,members,member_count",
        "training-sessions.csv": "id,group,session,programme,prepares_for,date,minutes,slot,focus,start_time,end_time,place",
        "champions.csv": "champion_id,champion,school,colleague_id,colleague,reason",
        "budget.csv": "fiscal_year,date,item,category,kind,school,school_name,goal,milestone,source,source_name,covered,units,unit_amount,amount",
        "tools.csv": "id,name,purpose,schools,grades,licences,active_users,utilization_percent,as_of,sso,rostering,lti,grade_passback,privacy,privacy_expires,cost,funding,renewal,owner,decision,decide_by,vetted,url",
    ]

    // MARK: Fields

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVText.field("plain text") == "plain text")
        #expect(CSVText.field("") == "")
        #expect(CSVText.field("a,b") == #""a,b""#)
        #expect(CSVText.field(#"say "hi""#) == #""say ""hi""""#)
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVText.field("a;b c\tZoë") == "a;b c\tZoë")
    }

    @Test func cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        for formula in ["=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            #expect(CSVText.defused(formula) == "'" + formula)
        }
        #expect(CSVText.field(#"=HYPERLINK("http://x","y")"#) == #""'=HYPERLINK(""http://x"",""y"")""#)
        // What the planner writes itself starts with a digit or a letter and is left alone.
        for safe in ["2026-09-08", "10", "lms-pilot", "a=b", "early_release", "'quoted"] {
            #expect(CSVText.field(safe) == safe)
        }
    }

    @Test func tablesEndEveryRecordInCRLF() {
        #expect(CSVText.table(header: ["a", "b"], rows: [["1", "x,y"], ["2", ""]]) == "a,b\r\n1,\"x,y\"\r\n2,\r\n")
    }

    // MARK: Files

    @Test func theFilesAndTheirHeadersAreExact() throws {
        let files = CSVExport.files(try ExportFixture.plan())
        #expect(files.map(\.name) == ["milestones.csv", "training-groups.csv", "training-sessions.csv", "champions.csv", "budget.csv", "tools.csv"])
        for file in files {
            #expect(file.contents.hasPrefix(try #require(Self.headers[file.name]) + "\r\n"), "\(file.name)")
        }
    }

    @Test func recordsEndInCRLFOutsideQuotedFields() throws {
        for plan in [try ExportFixture.plan(), try GoldenOutputTests.examplePlan()] {
            for file in CSVExport.files(plan) {
                let crlf = Self.recordsEndInCRLF(Array(file.contents.utf8))
                #expect(crlf, "\(file.name)")
            }
        }
    }

    @Test func hostileNamesAreQuotedForCSVAndNotEscapedForHTML() throws {
        let files = Dictionary(uniqueKeysWithValues: CSVExport.files(try ExportFixture.plan()).map { ($0.name, $0.contents) })
        let champions = try #require(files["champions.csv"])
        // CSV is not HTML: markup passes through; a quote is doubled inside a quoted field.
        #expect(champions.contains("\r\nc1,<script>alert(1)</script>,north,n1,\"Tom & \"\"Jerry\"\"\",\r\n"))
        #expect(champions.contains("\r\nc1,<script>alert(1)</script>,north,n2,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\r\n"))
        #expect(champions.contains("\r\n,,south,s1,\"Sam, Jr.\",no_champion_at_school\r\n"))
        #expect(!files.values.contains { $0.contains("&amp;") || $0.contains("&lt;") || $0.contains("&quot;") })
        let milestones = try #require(files["milestones.csv"])
        #expect(milestones.contains("\r\np,Pilot,pilot,g,,\"Tom & \"\"Jerry\"\"\",2026-08-24,2026-09-04,10,,north,1,planned,plan\r\n"))
        #expect(milestones.contains("\r\nr,\"Tom & \"\"Jerry\"\", a; b\\c\nnext line\",rollout,g,"))
        #expect(milestones.contains("\r\nsouth-visit,'-1 day: South visit,task,"))
    }

    @Test func everyFileReadsBackWithTheValuesOfThePlan() throws {
        let plan = try ExportFixture.plan()
        let tables = Self.read(CSVExport.files(plan))
        let milestones = try #require(tables["milestones.csv"])
        #expect(milestones.map { $0[0] } == plan.milestones.map(\.id))
        #expect(milestones.map { $0[1] } == plan.milestones.map { Wording.english.title($0.title) }.map { $0.hasPrefix("-") ? "'" + $0 : $0 })
        #expect(milestones.first { $0[0] == "gate" } == ["gate", "Gate", "gate", "g", "", "", "2026-09-07", "2026-09-07", "1", "p", "", "1", "planned", "plan"])
        let groups = try #require(tables["training-groups.csv"])
        let programme = try #require(plan.training.programmes.first)
        let pooled = try #require(groups.first { $0[0] == "\(programme.id).getting-started-pooled-1" })
        #expect(pooled == ["\(programme.id).getting-started-pooled-1", programme.id, programme.name, "getting-started", "pooled", "<script>alert(1)</script>",
                           #"Tom & "Jerry"; =HYPERLINK("http://x","y"); Zoë Ångström; Sam, Jr.; Eve"#, "5"])
        let sessions = try #require(tables["training-sessions.csv"])
        let first = try #require(plan.training.sessions.first)
        #expect(sessions.first == [first.id, first.group, "1", programme.id, programme.name, first.date.description, String(first.minutes), first.slot.rawValue,
                                   first.focus.joined(separator: "; "), "", "", ""])
        #expect(!first.focus.isEmpty)
        let champions = try #require(tables["champions.csv"])
        // A champion with no one to support still has a row, with empty colleague fields.
        #expect(champions.contains(["w1", "Wren West", "west", "", "", ""]))
        #expect(champions.filter { $0[0] == "c1" }.map { $0[3] } == ["n1", "n2", "n3"])
    }

    @Test func rowCountsMatchThePlan() throws {
        for plan in [try ExportFixture.plan(), try GoldenOutputTests.examplePlan()] {
            let tables = Self.read(CSVExport.files(plan))
            let pairs = plan.champions.assignments.reduce(0) { $0 + max(1, $1.colleagues.count) }
            #expect(tables["milestones.csv"]?.count == plan.milestones.count)
            #expect(tables["training-groups.csv"]?.count == plan.training.groups.count)
            #expect(tables["training-sessions.csv"]?.count == plan.training.sessions.count)
            #expect(tables["champions.csv"]?.count == pairs + plan.champions.unassigned.count + plan.champions.reserves.count)
            #expect(tables["champions.csv"]?.filter { $0[5].hasPrefix("reserve_") }.map { $0[0] } == plan.champions.reserves.map(\.staff))
            #expect(tables["budget.csv"]?.count == plan.budget.lines.count)
            #expect(tables["champions.csv"]?.filter { $0[0].isEmpty }.map { $0[5] } == plan.champions.unassigned.map(\.reason.rawValue))
            for (name, rows) in tables {
                #expect(rows.allSatisfy { $0.count == Self.headers[name]?.split(separator: ",").count }, "\(name)")
            }
        }
    }

    @Test func theSamePlanGivesTheSameBytes() throws {
        let first = CSVExport.files(try GoldenOutputTests.examplePlan())
        let second = CSVExport.files(try GoldenOutputTests.examplePlan())
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.contents) == second.map(\.contents))
    }

    // MARK: Helpers

    /// Each file's rows after the header, read back by our own RFC 4180 reader.
    static func read(_ files: [(name: String, contents: String)]) -> [String: [[String]]] {
        var tables: [String: [[String]]] = [:]
        for file in files {
            let table = CSVTable(SourceText(path: file.name, bytes: Array(file.contents.utf8)))
            #expect(table.unterminatedQuote == nil)
            #expect(table.records.first.map { $0.fields.map(\.text).joined(separator: ",") } == headers[file.name])
            tables[file.name] = table.records.dropFirst().map { $0.fields.map(\.text) }
        }
        return tables
    }

    /// Every record ends in CRLF: outside quotes there is no bare CR or LF, and the file ends with CRLF.
    static func recordsEndInCRLF(_ bytes: [UInt8]) -> Bool {
        guard bytes.suffix(2) == [13, 10] else { return false }
        var inQuotes = false
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case 10 where !inQuotes: if index == 0 || bytes[index - 1] != 13 { return false }
            case 13 where !inQuotes: if index + 1 == bytes.count || bytes[index + 1] != 10 { return false }
            default: break
            }
        }
        return !inQuotes
    }
}
