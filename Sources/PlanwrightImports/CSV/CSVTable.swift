import PlanwrightDocument
import PlanwrightModel

/// A CSV file split into records as RFC 4180 describes, every field kept with the line and
/// column where it starts, so a problem in any value can be reported exactly there.
///
/// A small parser of our own: the CSV libraries at hand report neither the line a record
/// starts on nor where an unterminated quote opened, and both matter to someone fixing an export.
/// Lenient where exports are sloppy: LF or CRLF, a UTF-8 BOM, blank lines, spaces before a
/// quoted value, and text after a closing quote (kept as part of the value).
struct CSVTable: Sendable {
    struct Field: Sendable {
        var text: String
        var line: Int
        var column: Int
        /// Characters the field spans on its line; 1 when it runs over several lines.
        var length: Int
    }

    struct Record: Sendable {
        /// Never empty: a record has at least one field.
        var fields: [Field]
        var line: Int { fields[0].line }
    }

    var records: [Record] = []
    /// Where a quote opened that never closed; the record it starts is dropped.
    var unterminatedQuote: (line: Int, column: Int)?

    init(_ source: SourceText) {
        let bytes = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? source.bytes.dropFirst(3) : source.bytes[...]
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var fields: [Field] = []
        var value: [UInt8] = []
        var index = bytes.startIndex
        var line = 1, column = 1
        var fieldStart = (line: 1, column: 1)
        var inQuotes = false, wasQuoted = false
        var records: [Record] = []

        // The bytes are UTF-8: `CSVEncoding` has decoded any other file before it gets here.
        func text(_ bytes: [UInt8], line: Int) -> String {
            String(decoding: bytes, as: UTF8.self)
        }

        func advance() {
            if bytes[index] == lineFeed {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1  // UTF-8 continuation bytes belong to the character before them
            }
            index += 1
        }
        func endField() {
            let length = line == fieldStart.line ? column - fieldStart.column : 1
            fields.append(Field(text: text(value, line: fieldStart.line), line: fieldStart.line, column: fieldStart.column, length: length))
            value.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            // Blank lines and rows of empty cells (",,,," from spreadsheets) carry nothing.
            if fields.contains(where: { !$0.text.allSatisfy { $0 == " " || $0 == "\t" } }) {
                records.append(Record(fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = index + 1 < bytes.endIndex ? bytes[index + 1] : nil
            if inQuotes {
                if byte == quote {
                    if next == quote { value.append(quote); advance() } else { inQuotes = false }
                } else {
                    value.append(byte)
                }
                advance()
                continue
            }
            switch byte {
            case comma:
                endField()
                advance()
                fieldStart = (line, column)
            case carriageReturn where next == lineFeed:
                index += 1  // the line feed ends the record
            case lineFeed:
                endField()
                endRecord()
                advance()
                fieldStart = (line, column)
            case quote where !wasQuoted && value.allSatisfy({ $0 == UInt8(ascii: " ") }):
                value.removeAll()
                inQuotes = true
                wasQuoted = true
                fieldStart = (line, column)
                advance()
            default:
                value.append(byte)
                advance()
            }
        }
        if inQuotes {
            unterminatedQuote = fieldStart
        } else if !fields.isEmpty || !value.isEmpty || wasQuoted {
            endField()
            endRecord()
        }
        self.records = records
    }
}
