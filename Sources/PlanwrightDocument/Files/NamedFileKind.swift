/// The kind of file a plan says it names. A file is quoted in messages only when it is of that
/// kind, and a file of another kind is refused naming only its path: a plan that names some
/// other file (a `.env` of secrets, `/etc/shadow`) must learn nothing of what it holds.
///
/// Each check looks only at the file's name and its first bytes, never reports them.
package enum NamedFileKind {
    /// A framework: a `.yaml` or `.yml` file (that it parses as YAML is checked by the loader).
    case framework
    /// An iCalendar export (`.ics`): starts with BEGIN:VCALENDAR.
    case calendar
    /// A CSV export: a `.csv` file, text without NUL bytes.
    case csv

    /// How the kind's reader counts lines, so a quoted line is the one its position means.
    var lineBreaks: SourceText.LineBreaks {
        self == .framework ? .yaml : .lineFeed
    }

    /// Why the file at `path` is not of this kind, judged by its name (before reading it).
    func refusalByName(_ path: String) -> SourceFiles.Problem? {
        let name = path.lowercased()
        switch self {
        case .framework where !name.hasSuffix(".yaml") && !name.hasSuffix(".yml"):
            return SourceFiles.Problem(reason: Message("file_problem_not_yaml_name"))
        case .csv where !name.hasSuffix(".csv"):
            return SourceFiles.Problem(reason: Message("file_problem_not_csv_name"))
        default:
            return nil
        }
    }

    /// Why `text` is not of this kind, judged by its bytes.
    func refusal(_ text: SourceText) -> SourceFiles.Problem? {
        switch self {
        case .framework:
            return text.bytes.contains(0) ? SourceFiles.Problem(reason: Message("file_problem_not_yaml_text")) : nil
        case .calendar:
            return Self.startsLikeACalendar(text.bytes) ? nil
                : SourceFiles.Problem(reason: Message("file_problem_not_calendar"))
        case .csv:
            return text.bytes.contains(0) ? SourceFiles.Problem(reason: Message("file_problem_not_csv_text")) : nil
        }
    }

    /// Whether quoting lines of `text` is safe: UTF-8 text, so what is quoted is what a person
    /// saved (a CSV in another encoding is still read, with a warning, but not quoted).
    package func isQuotable(_ text: SourceText) -> Bool {
        var bytes = text.bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func startsLikeACalendar(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[start]) { start += 1 }
        let marker = Array("BEGIN:VCALENDAR".utf8)
        guard bytes.count - start >= marker.count else { return false }
        // Property names are case-insensitive (RFC 5545 §2).
        return zip(bytes[start...], marker).allSatisfy { (0x61...0x7A).contains($0) ? $0 - 0x20 == $1 : $0 == $1 }
    }
}
