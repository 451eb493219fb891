import PlanwrightDocument
import PlanwrightModel

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
        var message: Message
        var line: Int
        var column: Int

        func location(in path: String) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }
    }

    func problem(with record: CSVTable.Record) -> Problem? {
        let fields = record.fields
        let count = fields.count
        if count < named {
            return Problem(message: Message("csv_row_too_few_values", count: count, ["columns": .number(named)]),
                           line: record.line, column: 1)
        }
        // Values under unnamed header columns, and empty values past the header, are ignored.
        guard count > width, fields[width...].contains(where: { !$0.text.trimmingCSVSpaces.isEmpty }) else { return nil }
        let values: [String: Message.Value] = ["values": .number(count), "columns": .number(named)]
        // A value split by an unquoted comma usually leaves its second part starting with a space
        // (`Lee, Jr.`, `Adams Elementary, Lakeview`): point there.
        if let split = fields.indices.dropFirst().first(where: { fields[$0].text.first == " " && !fields[$0 - 1].text.isEmpty }) {
            let joined = Excerpt.of(fields[split - 1].text + "," + fields[split].text)
            return Problem(message: Message("csv_row_comma_in_value", values.merging(["value": .text(joined)]) { $1 }),
                           line: fields[split - 1].line, column: fields[split - 1].column)
        }
        let last = fields[count - 1]
        if last.text.trimmingCSVSpaces.isEmpty {
            return Problem(message: Message("csv_row_ends_in_comma", values),
                           line: last.line, column: last.column)
        }
        return Problem(message: Message("csv_row_too_many_values", values),
                       line: record.line, column: 1)
    }
}
