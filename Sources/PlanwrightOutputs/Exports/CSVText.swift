/// CSV text as RFC 4180 writes it, made safe to open in a spreadsheet.
enum CSVText {
    /// A table: the header row, then one record per row; every record ends in CRLF.
    static func table(header: [String], rows: [[String]]) -> String {
        var out = ""
        out.reserveCapacity((rows.count + 1) * 64)
        for row in [header] + rows {
            out += row.map(field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// One field: defused, then quoted only when it holds a comma, a quote, CR or LF (inner
    /// quotes doubled), so plain values stay plain for people reading the file as text.
    static func field(_ value: String) -> String {
        let safe = defused(value)
        let needsQuotes = safe.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        guard needsQuotes else { return safe }
        var quoted = "\""
        for scalar in safe.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// Guards against formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that
    /// starts with `=`, `+`, `-` or `@` (or a tab or CR before one) as a formula, and plan text
    /// such as a title or a staff name is not ours to trust. A leading `'` makes the cell text
    /// in Excel, LibreOffice and Google Sheets; other readers see the apostrophe, which is the
    /// price of opening safely. Every field goes through here; what we generate ourselves
    /// (dates like 2026-09-08, counts, ids the planner makes) starts with a letter or digit and
    /// is never changed.
    static func defused(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + value
        default: return value
        }
    }
}
