import PlanwrightDocument
import PlanwrightModel

/// Reads an app report (`tools.import`): the CSV a single-sign-on or app-management portal
/// exports, one row per app. Columns are found by header (see `AppReportColumns`), so any
/// portal's export reads the same way; every problem is reported at the file's line and cell.
struct AppReportReader {
    let request: ImportRequests.AppReportRequest

    /// Problems with the file's shape and columns, then those of its rows, capped.
    var diagnostics: [Diagnostic] { fileDiagnostics + rowDiagnostics.diagnostics }
    private var fileDiagnostics: [Diagnostic] = []
    private var rowDiagnostics = DiagnosticCollector()

    init(_ request: ImportRequests.AppReportRequest) {
        self.request = request
    }

    /// The rows that name an app, in the file's order; nil when the columns cannot be read.
    mutating func read(_ file: CSVFile) -> [AppReportRow]? {
        var columnProblems: [Diagnostic] = []
        defer { fileDiagnostics = file.diagnostics + columnProblems }
        guard file.hasHeader, let columns = AppReportColumns.find(in: file, mapped: request.columns, diagnostics: &columnProblems) else { return nil }
        var shape = file
        // A header written twice, which `require` reports; every column it is given is there.
        guard shape.require(AppReportField.allCases.compactMap { columns[$0] }, by: Message("import_apps_required_by_app_report")) else {
            columnProblems += shape.diagnostics.dropFirst(file.diagnostics.count)
            return nil
        }
        var rows: [AppReportRow] = []
        rows.reserveCapacity(file.rows.count)
        for row in file.rows {
            if let read = self.row(row, columns) { rows.append(read) }
        }
        return rows
    }

    private mutating func row(_ row: CSVRow, _ columns: AppReportColumns) -> AppReportRow? {
        let nameColumn = columns[.name] ?? ""  // always found: it is required
        let name = row[nameColumn] ?? ""
        guard !name.isEmpty else {
            report(row) { .error(Message("import_apps_name_empty", ["row": .message(row.place)]), at: row.location(of: nameColumn)) }
            return nil
        }
        var read = AppReportRow(name: name, location: SourceLocation(file: row.path, line: row.line, column: 1), place: row.place, line: row.line)
        var wellFormed = true
        if let column = columns[.activeUsers], let text = row[column] {
            switch AppReportNumbers.count(text) {
            case .none: break
            case let .number(value): read.activeUsers = Located(Int(value), at: row.location(of: column))
            case .notANumber:
                wellFormed = false
                notANumber(row, column, text)
            }
        }
        if let column = columns[.minutes], let text = row[column] {
            switch AppReportNumbers.read(text) {
            case .none: break
            case let .number(value): read.minutes = value
            case .notANumber:
                wellFormed = false
                notANumber(row, column, text)
            }
        }
        if let column = columns[.url], let url = row[column], !url.isEmpty {
            read.url = url
            read.host = AppHost.of(url)
        }
        if let column = columns[.tags], let text = row[column] {
            read.tags = text.split(separator: "|").map { String($0).trimmingCSVSpaces }.filter { !$0.isEmpty }
        }
        if let column = columns[.schools], let text = row[column], !text.isEmpty {
            read.schools = Self.schools(text)
            read.schoolsCell = row.location(of: column)
        }
        if let column = columns[.status], let text = row[column], !text.isEmpty {
            read.status = Located(text, at: row.location(of: column))
            read.privacy = AppStatusWords.privacy(text)
        }
        // A row whose count is wrong would record a wrong count: left out, its problem reported.
        return wellFormed ? read : nil
    }

    private mutating func notANumber(_ row: CSVRow, _ column: String, _ text: String) {
        report(row) {
            .error(Message("import_apps_not_a_number", ["row": .message(row.place), "column": .text(Excerpt.of(column)), "value": .text(Excerpt.of(text))]),
                   at: row.location(of: column))
        }
    }

    private mutating func report(_ row: CSVRow, line: Int = #line, _ make: () -> Diagnostic) {
        rowDiagnostics.add(.error, at: SourceLocation(file: row.path, line: row.line, column: 0), site: #fileID, line: line, make)
    }

    /// The most active schools in one cell: `North Elementary, South Middle` or `North|South`,
    /// each perhaps followed by its count, as some portals write it: `North Elementary (412)`.
    static func schools(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).compactMap { item -> String? in
            var name = String(item).trimmingCSVSpaces
            if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
               name[name.index(after: open)..<name.index(before: name.endIndex)].allSatisfy({ $0.isNumber || $0 == "," || $0 == "%" || $0 == "." }) {
                name = String(name[..<open]).trimmingCSVSpaces
            }
            return name.isEmpty ? nil : name
        }
    }
}
