import Foundation
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel

/// An app report read and merged without a plan file: the request as decoding would make it
/// (at plan.yaml line 40), the CSV as given, three schools and the tools a test writes.
enum AppReportSupport {
    static let asOf = SchoolDate(iso: "2026-11-30")!
    static let planLine = SourceLocation(file: "plan.yaml", line: 40, column: 5)

    static func request(columns: [AppReportField: String] = [:]) -> ImportRequests.AppReportRequest {
        ImportRequests.AppReportRequest(file: ImportRequests.NamedFile(written: Located("apps.csv", at: planLine), path: "apps.csv"),
                                        asOf: Located(asOf, at: planLine),
                                        columns: columns.mapValues { Located($0, at: planLine) })
    }

    static func file(_ text: String) -> CSVFile { file(bytes: Array(text.utf8)) }

    static func file(bytes: [UInt8]) -> CSVFile { CSVFile(SourceText(path: "apps.csv", bytes: bytes), name: "apps.csv") }

    /// The rows read, and every problem the reader found, as `file:line:column: message`.
    static func read(_ file: CSVFile, columns: [AppReportField: String] = [:]) -> (rows: [AppReportRow]?, problems: [String], diagnostics: [Diagnostic]) {
        var reader = AppReportReader(request(columns: columns))
        let rows = reader.read(file)
        return (rows, reader.diagnostics.map(located), reader.diagnostics)
    }

    static let schools = [
        School(id: "lincoln", name: "Lincoln Elementary", grades: grades(0...5), needsSupport: [], principal: nil, location: planLine),
        School(id: "riverside", name: "Riverside Elementary", grades: grades(0...5), needsSupport: [], principal: nil, location: planLine),
        School(id: "mvhs", name: "Maple Valley High School", grades: grades(9...12), needsSupport: [], principal: nil, location: planLine),
    ]

    static func grades(_ range: ClosedRange<Int>) -> GradeSet {
        var set = GradeSet()
        for grade in range { set.insert(grade) }
        return set
    }

    /// A tool as the plan would write it, at `line` of plan.yaml.
    static func tool(_ id: String, _ name: String, line: Int, url: String? = nil, privacy: PrivacyStatus? = nil, schools: [String]? = nil) -> Tool {
        let at = SourceLocation(file: "plan.yaml", line: line, column: 7)
        var tool = Tool(id: id, name: name, location: at)
        tool.url = url
        tool.privacy = privacy.map { PrivacyAgreement(status: Located($0, at: SourceLocation(file: "plan.yaml", line: line + 1, column: 18)), location: at) }
        if let schools {
            let written = SourceLocation(file: "plan.yaml", line: line + 2, column: 16)
            tool.declaredScope.schools = Located(schools.map { Reference($0, at: written) }, at: written)
            tool.scope = Scope(schools: schools)
        }
        return tool
    }

    /// The rows of `csv` merged into `tools`: the inventory after, and the merge's problems.
    static func merge(_ csv: String, into tools: [Tool]) -> (tools: [Tool], problems: [String], diagnostics: [Diagnostic]) {
        let read = read(file(csv))
        var inventory = ToolInventory()
        inventory.tools = tools
        var merge = AppReportMerge(file: "apps.csv", asOf: asOf, schools: schools)
        merge.merge(read.rows ?? [], into: &inventory)
        return (inventory.tools, read.problems + merge.diagnostics.map(located), read.diagnostics + merge.diagnostics)
    }

    static func located(_ diagnostic: Diagnostic) -> String {
        let at = diagnostic.location
        return "\(URL(fileURLWithPath: at?.file ?? "").lastPathComponent):\(at?.line ?? 0):\(at?.column ?? 0): \(diagnostic.message)"
    }
}
