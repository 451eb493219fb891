/// Plan text made safe to print on a terminal.
///
/// A plan (or a file it names) may hold control characters: ESC starts a terminal escape
/// sequence that can recolour, retitle or rewrite the screen, BEL rings, a bare CR overwrites
/// the line already printed. Whatever Planwright prints from a plan goes through `clean`, so
/// what a leader reads is exactly the text of the plan and nothing else happens on screen.
public enum TerminalText {
    /// `text` with every control character (C0 but tab, DEL, C1, and the bidirectional
    /// overrides that reorder what is shown) replaced by a visible `�` stand-in; tabs are
    /// kept so carets under quoted lines still line up. Line breaks inside plan text are
    /// control characters too: one printed diagnostic is one line.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// JSON (as `JSONEncoder` writes it, C0 already escaped) with every other unsafe character
    /// (DEL, C1, the bidirectional controls, U+2028/9) written as its `\uXXXX` escape. Outside
    /// a string JSON holds none of them, so this is lossless and still valid JSON, and what it
    /// prints on a terminal is text. Every JSON Planwright writes goes through it.
    public static func escapingInJSON(_ json: String) -> String {
        let escaped = { (scalar: Unicode.Scalar) in scalar.value >= 0x7F && isUnsafe(scalar) }
        guard json.unicodeScalars.contains(where: escaped) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard escaped(scalar) else { out.append(scalar); continue }
            let hex = String(scalar.value, radix: 16)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates ("Trojan Source").
        case 0x202A...0x202E, 0x2066...0x2069: return true
        // Line and paragraph separators break a printed line like a newline.
        case 0x2028, 0x2029: return true
        default: return false
        }
    }
}
