/// Rewords libyaml's syntax errors for people who are not YAML experts.
enum SyntaxProblem {
    /// libyaml's `problem` and `context` are its own fixed phrases ("while parsing a block
    /// mapping"), never the file's text, so the fallback may pass them on as they are.
    static func message(problem: String, context: String?) -> Message {
        switch problem {
        case let p where p.contains("mapping values are not allowed"): return Message("yaml_syntax_colon_starts_key")
        case let p where p.contains("did not find expected key"): return Message("yaml_syntax_key_not_lined_up")
        case let p where p.contains("did not find expected '-' indicator"): return Message("yaml_syntax_item_not_lined_up")
        case let p where p.contains("found character that cannot start any token"): return Message("yaml_syntax_character_cannot_start")
        case let p where p.contains("found unexpected end of stream"): return Message("yaml_syntax_quote_not_closed")
        case let p where p.contains("did not find expected ',' or ']'"): return Message("yaml_syntax_bracket_not_closed")
        case let p where p.contains("did not find expected ',' or '}'"): return Message("yaml_syntax_brace_not_closed")
        case let p where p.contains("found unknown escape character"): return Message("yaml_syntax_unknown_escape")
        case let p where p.contains("block sequence entries are not allowed"): return Message("yaml_syntax_item_cannot_start")
        case let p where p.contains("found undefined tag handle"), let p where p.contains("tag"): return Message("yaml_syntax_unknown_tag")
        default:
            return Message("yaml_syntax_malformed", ["problem": .text(Excerpt.of(problem)), "context": .text(context.map { " " + Excerpt.of($0) } ?? "")])
        }
    }

    static func readerMessage(_ problem: String) -> Message {
        if problem.contains("UTF-8") || problem.contains("octet") { return Message("yaml_reader_not_utf8") }
        if problem.contains("control characters") { return Message("yaml_reader_control_character") }
        return Message("yaml_reader_cannot_read", ["problem": .text(Excerpt.of(problem))])
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
