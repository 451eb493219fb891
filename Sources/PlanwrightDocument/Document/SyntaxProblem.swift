/// Rewords libyaml's syntax errors for people who are not YAML experts.
enum SyntaxProblem {
    static func message(problem: String, context: String?) -> String {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return "a ':' here starts a key where none can start; check the indentation of this line, or put text that contains ': ' in quotes"
        case let p where p.contains("did not find expected key"):
            return "this line is not lined up with the keys around it; check its indentation"
        case let p where p.contains("did not find expected '-' indicator"):
            return "this line is not lined up with the list items around it; check its indentation"
        case let p where p.contains("found character that cannot start any token"):
            return "this character cannot start a value; put the value in quotes"
        case let p where p.contains("found unexpected end of stream"):
            return "the file ends before a quoted text was closed; add the closing quote"
        case let p where p.contains("did not find expected ',' or ']'"):
            return "a list in brackets '[...]' is not closed; add ']' or a ',' between items"
        case let p where p.contains("did not find expected ',' or '}'"):
            return "a mapping in braces '{...}' is not closed; add '}' or a ',' between entries"
        case let p where p.contains("found unknown escape character"):
            return "an unknown escape after '\\' in double quotes; use single quotes for text with backslashes"
        case let p where p.contains("block sequence entries are not allowed"):
            return "a list item '-' cannot start here; put it on its own line, indented under its key"
        case let p where p.contains("found undefined tag handle"), let p where p.contains("tag"):
            return "an unknown tag ('!...'); remove it"
        default:
            let where_ = context.map { " \($0)" } ?? ""
            return "the YAML is malformed here: \(problem)\(where_)"
        }
    }

    static func readerMessage(_ problem: String) -> String {
        if problem.contains("UTF-8") || problem.contains("octet") {
            return "the file is not valid UTF-8 text here; save it as UTF-8"
        }
        if problem.contains("control characters") {
            return "the file holds a control character here that text cannot contain; delete it"
        }
        return "the file cannot be read as text here: \(problem)"
    }

    /// The start of the first byte sequence that is not UTF-8; libyaml points at the byte it choked on instead.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and character column of a byte offset, counting line breaks as libyaml
    /// and `SourceText` do (CR, LF, CRLF, NEL, U+2028, U+2029).
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while index < end {
            let length = SourceText.lineBreakLength(in: bytes, at: index, .yaml)
            if length > 0 {
                line += 1; column = 1; index += length
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// The column of a tab in a line's leading whitespace, if there is one.
    static func indentationTab(onLine line: Int, in source: SourceText) -> Int? {
        guard let text = source.line(line) else { return nil }
        for (offset, character) in text.enumerated() {
            if character == "\t" { return offset + 1 }
            if character != " " { return nil }
        }
        return nil
    }
}
