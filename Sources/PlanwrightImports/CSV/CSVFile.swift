import PlanwrightDocument
import PlanwrightModel

/// A CSV file read by header name: columns may come in any order, and columns Planwright
/// does not use (OneRoster extensions such as `metadata.district.badge`) are ignored.
///
/// Problems with the file's shape (an unterminated quote, a row with too many or too few
/// values) are diagnosed here, once, so the readers built on it only see well-formed rows.
struct CSVFile {
    /// The file's name as leaders know it, such as `users.csv`, for messages.
    let name: String
    let source: SourceText
    /// Rows after the header that have as many values as the header has columns.
    private(set) var rows: [CSVRow] = []
    private(set) var diagnostics: [Diagnostic] = []
    private let columns: CSVColumns?

    /// `source` as read from disk; a file that is not UTF-8 is decoded as Windows-1252 (see
    /// `CSVEncoding`) and `self.source` is the decoded text, so quoted lines print its letters.
    init(_ source: SourceText, name: String) {
        self.name = name
        let (source, encoding) = CSVEncoding.decode(source)
        self.source = source
        if case let .windows1252(line) = encoding {
            diagnostics.append(.note(Message("csv_read_as_windows_1252", ["file": .text(name), "line": .number(line)]),
                                     at: SourceLocation(file: source.path, line: line, column: 1)))
        }
        let table = CSVTable(source)
        guard let header = table.records.first else {
            columns = nil
            diagnostics.append(.error(Message("csv_empty", ["file": .text(name)]), at: at(line: 1)))
            return
        }
        let columns = CSVColumns(header)
        self.columns = columns
        let shape = CSVRowShape(header)
        for record in table.records.dropFirst() {
            if let problem = shape.problem(with: record) {
                diagnostics.append(.error(Message("csv_row_problem", ["file": .text(name), "row": .number(record.line), "problem": .message(problem.message)]), at: problem.location(in: source.path)))
                continue
            }
            rows.append(CSVRow(file: name, path: source.path, fields: record.fields, columns: columns))
        }
        if let quote = table.unterminatedQuote {
            diagnostics.append(.error(Message("csv_unclosed_quote", ["file": .text(name), "line": .number(quote.line)]),
                                      at: SourceLocation(file: source.path, line: quote.line, column: quote.column)))
        }
    }

    var hasHeader: Bool { columns != nil }

    func has(_ column: String) -> Bool { columns?.index(of: column) != nil }

    /// The header's names as written, for a did-you-mean when a plan names a column the file lacks.
    var columnNames: [String] { columns?.names ?? [] }

    /// Reports each column of `names` that the header lacks; true when all are there.
    /// An empty file has already been reported, so it only returns false.
    mutating func require(_ names: [String], by whom: Message) -> Bool {
        guard columns != nil else { return false }
        let missing = names.filter { !has($0) }
        for column in missing {
            diagnostics.append(.error(Message("csv_missing_column", ["file": .text(name), "column": .text(column), "whom": .message(whom)]), at: at(line: 1)))
        }
        // A column named twice: the first would be read, silently, though the export may mean the other.
        var twice = false
        for column in names {
            guard let second = columns?.repeated(column) else { continue }
            twice = true
            diagnostics.append(.error(Message("csv_column_twice", ["file": .text(name), "column": .text(Excerpt.of(second.text))]),
                                      at: SourceLocation(file: source.path, line: second.line, column: second.column, length: second.length)))
        }
        return missing.isEmpty && !twice
    }

    func at(line: Int) -> SourceLocation { SourceLocation(file: source.path, line: line, column: 1) }
}

/// One well-formed row of a `CSVFile`, read by column name.
struct CSVRow {
    let file: String
    let path: String
    let fields: [CSVTable.Field]
    let columns: CSVColumns

    /// The physical line the row starts on (the header is line 1), as a spreadsheet numbers rows.
    var line: Int { fields[0].line }

    /// The value without surrounding spaces; nil when the file has no such column.
    subscript(_ column: String) -> String? {
        columns.index(of: column).map { fields[$0].text.trimmingCSVSpaces }
    }

    /// The cell of `column`, or the row's start when the file has no such column.
    func location(of column: String) -> SourceLocation {
        guard let index = columns.index(of: column) else { return SourceLocation(file: path, line: line, column: 1) }
        let field = fields[index]
        return SourceLocation(file: path, line: field.line, column: field.column, length: field.length)
    }

    /// `users.csv row 7:`, the start of a message about this row.
    var place: Message { Message("csv_row", ["file": .text(file), "row": .number(line)]) }
}

/// Column positions by header name. Names match whatever their case, spaces, `_` or `-`, so a
/// survey exported with "Staff ID" finds `staff_id`; the first of two equal names wins.
struct CSVColumns {
    private var exact: [String: Int] = [:]
    private var loose: [String: Int] = [:]
    /// The second header cell of each name (as matched) that appears more than once.
    private var seconds: [String: CSVTable.Field] = [:]
    /// Every non-empty name, in the header's order.
    private(set) var names: [String] = []

    init(_ header: CSVTable.Record) {
        names = header.fields.map(\.text.trimmingCSVSpaces).filter { !$0.isEmpty }
        // An empty name (`…,orgSourcedId,,` as some exports end their header) names no column.
        for (index, field) in header.fields.enumerated() where !field.text.trimmingCSVSpaces.isEmpty {
            if exact[field.text] == nil { exact[field.text] = index }
            if loose[Self.key(field.text)] == nil { loose[Self.key(field.text)] = index } else if seconds[Self.key(field.text)] == nil { seconds[Self.key(field.text)] = field }
        }
    }

    /// The second header cell naming `column`, when the header names it more than once.
    func repeated(_ column: String) -> CSVTable.Field? { seconds[Self.key(column)] }

    /// Exact names first: hot on state-scale files, whose headers are spelled as OneRoster says.
    func index(of column: String) -> Int? { exact[column] ?? loose[Self.key(column)] }

    /// The name as matched: no case, spaces, `_` or `-`.
    static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\t" })
    }
}

extension String {
    /// Without leading and trailing spaces and tabs; no Foundation, as state-scale files are large.
    var trimmingCSVSpaces: String {
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpace(first), !isSpace(last) { return self }  // the usual case, without copying
        let bytes = utf8.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(decoding: Array(bytes), as: UTF8.self)
    }
}
