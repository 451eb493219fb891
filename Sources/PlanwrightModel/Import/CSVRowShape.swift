import PlanwrightDocument

/// Whether a row has the values its header names, and when not, the likely cause in words.
///
/// Exports end lines with extra commas: a header `…,orgSourcedId,,` names two empty columns, and
/// a row may end in `,,` the header lacks. Empty values past the named columns carry nothing, so
/// such rows are read; only a value that cannot be placed under a name is a problem.
struct CSVRowShape {
    /// The header's columns up to its last named one: trailing empty names do not count.
    let named: Int
    /// Every column of the header, named or not.
    let width: Int

    init(_ header: CSVTable.Record) {
        width = header.fields.count
        named = (header.fields.lastIndex { !$0.text.trimmingCSVSpaces.isEmpty } ?? 0) + 1
    }

    struct Problem {
        var message: String
        var line: Int
        var column: Int

        func location(in path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
    }

    func problem(with record: CSVTable.Record) -> Problem? {
        let fields = record.fields
        let count = fields.count
        if count < named {
            let values = count == 1 ? "1 value" : "\(count) values"
            return Problem(message: "has \(values), but the first line names \(named) columns; a value is missing, or a value with a line break in it needs double quotes around it",
                           line: record.line, column: 1)
        }
        // Values under unnamed header columns, and empty values past the header, are ignored.
        guard count > width, fields[width...].contains(where: { !$0.text.trimmingCSVSpaces.isEmpty }) else { return nil }
        let values = "has \(count) values, but the first line names \(named) columns"
        // A value split by an unquoted comma usually leaves its second part starting with a space
        // (`Lee, Jr.`, `Adams Elementary, Lakeview`): point there.
        if let split = fields.indices.dropFirst().first(where: { fields[$0].text.first == " " && !fields[$0 - 1].text.isEmpty }) {
            let joined = Excerpt.of(fields[split - 1].text + "," + fields[split].text)
            return Problem(message: "\(values): '\(joined)' looks like one value with a comma in it; put double quotes around it",
                           line: fields[split - 1].line, column: fields[split - 1].column)
        }
        let last = fields[count - 1]
        if last.text.trimmingCSVSpaces.isEmpty {
            return Problem(message: "\(values) and ends in a comma; a value with a comma in it needs double quotes around it, and the comma at the end may be one too many",
                           line: last.line, column: last.column)
        }
        return Problem(message: "\(values); a value with a comma in it needs double quotes around it",
                       line: record.line, column: 1)
    }
}
