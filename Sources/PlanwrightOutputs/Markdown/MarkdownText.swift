import PlanwrightDocument

/// Plain plan text (a title, a name, a reason) placed inside Markdown: shown exactly as
/// written, never read as Markdown or HTML. The one escaping every Markdown output uses:
/// `plan.md`, school handouts (through `MarkdownContentType`) and the `diff` review.
public enum MarkdownText {
    /// `text` as one line of literal Markdown text:
    /// - line breaks (LF, CR, CRLF, U+2028/9) and tabs become spaces, so a value cannot end a
    ///   table row or start a new block; other control characters become `�` (`TerminalText`),
    ///   since `diff` prints this Markdown to a terminal;
    /// - blanks around it are dropped: Markdown does not show them, and they would make a code
    ///   block at the start of a line or keep `**` around the value from making it bold;
    /// - a backslash goes before every character that could start emphasis, code, a link, an
    ///   image, HTML or an entity, strikethrough or a table cell, wherever it stands; and before
    ///   what starts a block (`-`, `+`, `=`, `1.`) when the value starts with it, as a template
    ///   may put a value at the start of a line;
    /// - no web address GitHub's autolink extension would make a link of: a backslash in `www\.`
    ///   and `https\://` (any `://`). Email addresses are left as written: cmark-gfm finds them
    ///   after escapes are resolved, so only a changed character (an invisible one, which a
    ///   reader copying the address would carry along) could stop it, and a `mailto:` link to
    ///   the address the plan wrote sends no one anywhere they did not see.
    public static func escape(_ text: String) -> String {
        var characters = Array(oneLine(text).drop { $0 == " " })
        while characters.last == " " { characters.removeLast() }
        var out = ""
        out.reserveCapacity(characters.count + 8)
        let listNumber = orderedListMarkerEnd(characters)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "|", "#", "~", "&":
                out.append("\\")
            case "_":
                // Between two letters or digits `_` cannot start or end emphasis: `lms_pilot` stays readable.
                let inWord = index > 0 && index + 1 < characters.count
                    && characters[index - 1].isLetterOrDigit && characters[index + 1].isLetterOrDigit
                if !inWord { out.append("\\") }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                out.append("\\")
            case "-", "+", "=":
                if index == 0 { out.append("\\") }
            case ".", ")":
                if index == listNumber || (character == "." && followsWWW(characters, index)) { out.append("\\") }
            case ":" where characters.dropFirst(index + 1).prefix(2) == ["/", "/"]:
                out.append("\\")
            default:
                break
            }
            out.append(character)
        }
        return out
    }

    /// Whether the `.` at `index` ends `www`, which GFM's autolink extension links with what follows.
    private static func followsWWW(_ characters: [Character], _ index: Int) -> Bool {
        index >= 3 && characters[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// Text for inside a code span (`` `id` ``): one line, no control characters, and no
    /// backtick, which would end the span early.
    public static func code(_ text: String) -> String {
        oneLine(text).replacingOccurrences(of: "`", with: "'")
    }

    private static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(scalar)
            }
        }
        return TerminalText.clean(String(out))
    }

    /// The index of the `.` or `)` after leading digits ("2. ", "10)"), which would start an
    /// ordered list at the start of a line; nil when the text does not start that way.
    private static func orderedListMarkerEnd(_ characters: [Character]) -> Int? {
        let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
        guard (1...9).contains(digits), digits < characters.count, characters[digits] == "." || characters[digits] == ")" else { return nil }
        return digits
    }
}

private extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
