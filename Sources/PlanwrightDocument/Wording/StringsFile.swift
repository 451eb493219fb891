
/// One language's wording as a translator's tools keep it: a GNU gettext PO file.
///
/// PO because the tools translators use read and write it (Poedit, Weblate, Crowdin,
/// Transifex, Lokalise, Pontoon), it is plain text that reads well in a git diff, it carries
/// plural forms with the language's own rule in its header, and it keeps comments for the
/// translator beside each text. Apple's `.strings`/`.stringsdict` and String Catalogs need
/// Xcode to compile and Foundation on Linux does not read their plurals.
///
/// Planwright's files are *keyed*: `msgid` is a key (`school_focus_heading`), `msgstr` the
/// text, so English is one more language rather than the source every other file repeats.
/// An entry a translator marked `#, fuzzy` is not yet a translation and is left out, as
/// gettext does. `msgctxt` is not used: keys are unique on their own.
package struct StringsFile: Sendable {
    enum Text: Sendable, Equatable {
        case single(String)
        /// The forms in the order the file's plural rule numbers them.
        case plural([String])
    }

    struct Entry: Sendable {
        var text: Text
        var line: Int
    }

    var path: String
    /// The header's `Language:` field: the locale dates and numbers are written in (`es_US`).
    var locale: String?
    /// The header's `Plural-Forms:` rule, and the line of the header.
    var pluralForms: String?
    var headerLine: Int = 1
    var entries: [String: Entry] = [:]
    /// Keys in file order, for messages and for tools that list them.
    var keys: [String] = []
}

extension StringsFile {
    /// Reads a PO file's text; every problem is reported at its line, all at once.
    static func parse(_ text: String, path: String) -> (file: StringsFile, diagnostics: [Diagnostic]) {
        var parser = Parser(path: path)
        // "\r\n" is one Character in Swift: a file saved on Windows splits on it as well.
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            parser.read(line, number: offset + 1)
        }
        parser.finishEntry()
        return (parser.file, parser.collector.diagnostics)
    }

    /// Reads one PO file line by line, keeping the entry being read until a blank line or the next `msgid`.
    private struct Parser {
        var file: StringsFile
        var collector = DiagnosticCollector()
        // The entry being read.
        private var fuzzy = false
        private var id: String?
        private var idLine = 0
        private var hasPlural = false
        private var single: String?
        private var forms: [Int: String] = [:]
        /// Where a continuation line ("…") adds its text.
        private enum Field { case id, plural, single, form(Int), ignored }
        private var field: Field?

        init(path: String) { file = StringsFile(path: path) }

        mutating func read(_ line: Substring, number: Int) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { finishEntry(); return }
            if trimmed.hasPrefix("#") {
                if trimmed.hasPrefix("#,"), trimmed.dropFirst(2).split(separator: ",").contains(where: { $0.trimmed == "fuzzy" }) {
                    if id != nil { finishEntry() }
                    fuzzy = true
                }
                return
            }
            if trimmed.hasPrefix("\"") {
                guard let text = quoted(trimmed, line: number, column: line.count - trimmed.count + 1) else { return }
                switch field {
                case .id: id? += text
                case .plural: break
                case .single: single? += text
                case let .form(n): forms[n]? += text
                case .ignored: break
                case nil: error("a quoted text must follow msgid or msgstr", line: number, column: line.count - trimmed.count + 1)
                }
                return
            }
            let keyword = trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
            let rest = trimmed.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
            let column = line.count - rest.count + 1
            switch keyword {
            case "msgid":
                if id != nil { finishEntry() }
                guard let text = quoted(rest, line: number, column: column) else { field = .ignored; return }
                id = text
                idLine = number
                field = .id
            case "msgid_plural":
                guard id != nil else { return error("msgid_plural must follow a msgid", line: number, column: 1) }
                hasPlural = true
                _ = quoted(rest, line: number, column: column)
                field = .plural
            case "msgstr":
                guard id != nil else { return error("msgstr must follow a msgid", line: number, column: 1) }
                guard let text = quoted(rest, line: number, column: column) else { field = .ignored; return }
                single = text
                field = .single
            case "msgctxt":
                error("msgctxt is not used in Planwright's strings files: each key is unique on its own", line: number, column: 1)
                field = .ignored
            default:
                if keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let n = Int(keyword.dropFirst(7).dropLast()), n >= 0, n < 10 {
                    guard id != nil else { return error("\(keyword) must follow a msgid", line: number, column: 1) }
                    guard let text = quoted(rest, line: number, column: column) else { field = .ignored; return }
                    forms[n] = text
                    field = .form(n)
                } else {
                    error("'\(Excerpt.of(String(keyword)))' is not a line of a PO file (msgid, msgid_plural, msgstr, msgstr[N], a quoted text or a # comment)",
                          line: number, column: 1)
                    field = .ignored
                }
            }
        }

        mutating func finishEntry() {
            defer { (fuzzy, id, hasPlural, single, forms, field) = (false, nil, false, nil, [:], nil) }
            guard let id else { return }
            if id.isEmpty {
                readHeader(single ?? "")
                return
            }
            let text: Text
            if hasPlural {
                let count = forms.count
                guard count > 0, (0..<count).allSatisfy({ forms[$0] != nil }) else {
                    return error("'\(Excerpt.of(id))' has a plural (msgid_plural) but not its forms msgstr[0], msgstr[1], … in order", line: idLine, column: 1)
                }
                text = .plural((0..<count).map { forms[$0]! })
            } else {
                guard let single else { return error("'\(Excerpt.of(id))' has no msgstr", line: idLine, column: 1) }
                text = .single(single)
            }
            guard !fuzzy else { return }  // not yet translated: the English text stands in
            if let earlier = file.entries[id] {
                return error("'\(Excerpt.of(id))' is given twice (first on line \(earlier.line))", line: idLine, column: 1)
            }
            // Texts go into HTML and Markdown pages as they are: markup belongs in the templates.
            for form in text.forms {
                if let bad = form.first(where: { "<>&".contains($0) }) {
                    error("the text of '\(Excerpt.of(id))' contains '\(bad)': strings files hold plain text, markup belongs in the templates", line: idLine, column: 1)
                    return
                }
            }
            file.entries[id] = Entry(text: text, line: idLine)
            file.keys.append(id)
        }

        private mutating func readHeader(_ header: String) {
            file.headerLine = idLine
            for field in header.split(separator: "\n") {
                let parts = field.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = parts[1].trimmed
                switch parts[0].trimmed {
                case "Language": file.locale = value.isEmpty ? nil : value
                case "Plural-Forms": file.pluralForms = value
                default: break
                }
            }
        }

        /// The text of `"…"` with its escapes (`\"`, `\\`, `\n`, `\t`), or nil after reporting.
        private mutating func quoted(_ text: Substring, line: Int, column: Int) -> String? {
            guard text.first == "\"" else {
                error("expected a quoted text here", line: line, column: column)
                return nil
            }
            var result = ""
            var escaped = false
            var index = text.index(after: text.startIndex)
            while index < text.endIndex {
                let c = text[index]
                if escaped {
                    switch c {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "\"", "\\": result.append(c)
                    default:
                        error("'\\\(c)' is not an escape a PO file has (\\n, \\t, \\\", \\\\)", line: line, column: column + text.distance(from: text.startIndex, to: index) - 1)
                        return nil
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    let after = text[text.index(after: index)...].drop { $0 == " " || $0 == "\t" }
                    guard after.isEmpty || after.hasPrefix("#") else {
                        error("text after the closing quote", line: line, column: column + text.distance(from: text.startIndex, to: index) + 1)
                        return nil
                    }
                    return result
                } else {
                    result.append(c)
                }
                index = text.index(after: index)
            }
            error("the quoted text does not end on this line (a PO text continues on the next line in quotes of its own)", line: line, column: column)
            return nil
        }

        private mutating func error(_ message: String, line: Int, column: Int) {
            let at = SourceLocation(file: file.path, line: line, column: column)
            collector.add(.error, at: at, site: #fileID, line: #line) { .error(english: message, at: at) }
        }
    }
}

extension StringsFile.Text {
    var forms: [String] {
        switch self {
        case let .single(text): [text]
        case let .plural(forms): forms
        }
    }
}

private extension Substring {
    var trimmed: String { String(self).trimmingCharacters(in: .whitespaces) }
}
