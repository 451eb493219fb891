/// An HTML page made safe to parse, whatever the plan held: HTML allows no control character but
/// tab and the line breaks (a raw VT, ESC, DEL or U+0085 is a parse error, and browsers and
/// validators disagree about what to show). Every control character in a rendered page (from a
/// plan, a calendar or a roster, through a template, cmark or a chart) is replaced here, once,
/// with the visible `�` the terminal (`TerminalText`) and Markdown (`MarkdownText`) show.
enum HTMLText {
    static func clean(_ page: String) -> String {
        guard page.unicodeScalars.contains(where: isForbidden) else { return page }
        var out = String.UnicodeScalarView()
        for scalar in page.unicodeScalars {
            out.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// C0 but tab, line feed and carriage return; DEL; C1.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
