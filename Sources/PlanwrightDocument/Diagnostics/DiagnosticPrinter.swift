/// Prints diagnostics the way compilers do, so editors and CI logs link to them:
///
///     Plans/maple.yaml:41:9: error: unknown key 'mielstones' in goal 'lms-pilot'; did you mean 'milestones'?
///           mielstones:
///           ^~~~~~~~~~
///
/// Everything printed from a plan passes through `TerminalText.clean`, so a control
/// character in a plan (ESC, BEL) never reaches the terminal; a long line is quoted only
/// around the caret.
public struct DiagnosticPrinter {
    /// The most characters of a line quoted; a longer line is cut around the caret, with '…' where cut.
    static let quoteWidth = 100
    /// Characters kept before the caret when a long line is cut.
    static let quoteLead = 40

    private var sources: [String: SourceText]
    /// The language messages are worded in.
    public var wording: Wording

    public init(sources: [SourceText] = [], wording: Wording = .english) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        self.wording = wording
    }

    public mutating func add(_ source: SourceText) { sources[source.path] = source }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) }.joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let prefix = diagnostic.location.map { "\(TerminalText.clean($0.description)): " } ?? "planwright: "
        out += "\(prefix)\(diagnostic.severity.rawValue): \(TerminalText.clean(wording.say(diagnostic.content)))\n"
        if let location = diagnostic.location, let source = sources[location.file] {
            out += quote(source, at: location)
        }
        for note in diagnostic.notes { out += render(note) }
        return out
    }

    /// The source line (or the part of it around the column) and a caret under the column.
    /// Columns count Unicode scalars, as libyaml does; tabs are kept so the caret lines up.
    private func quote(_ source: SourceText, at location: SourceLocation) -> String {
        guard let lineStart = source.start(ofLine: location.line) else { return "" }
        let bytes = source.bytes
        let column = max(location.column - 1, 0)
        // Walk the bytes, never the whole line as a String: a one-line file may be 60 MB.
        // `advance` moves on by Unicode scalars and stops at the end of the line.
        func advance(_ from: Int, by scalars: Int) -> Int {
            var index = from, left = scalars
            while index < bytes.count, SourceText.lineBreakLength(in: bytes, at: index, source.lineBreaks) == 0 {
                if bytes[index] & 0xC0 != 0x80 {
                    if left == 0 { return index }
                    left -= 1
                }
                index += 1
            }
            return index
        }
        let skipped = column < Self.quoteWidth - Self.quoteLead ? 0 : column - Self.quoteLead
        // In an ASCII file a column is a byte offset: the window is found without walking the line up to it
        // (positions come from libyaml, so the column is on its line).
        let start = source.isASCII ? min(lineStart + skipped, bytes.count) : advance(lineStart, by: skipped)
        let end = advance(start, by: Self.quoteWidth)
        let cutLeft = start > lineStart, cutRight = end < bytes.count && SourceText.lineBreakLength(in: bytes, at: end, source.lineBreaks) == 0
        let shown = Array(TerminalText.clean(String(decoding: bytes[start..<end], as: UTF8.self)).unicodeScalars)
        let caret = min(column - skipped, shown.count)
        var padding = cutLeft ? " " : ""
        for scalar in shown[..<caret] {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue  // drawn on the character before
            default: padding += scalar == "\t" ? "\t" : " "
            }
        }
        let underline = max(0, min(location.length, shown.count - caret) - 1)
        var text = String(String.UnicodeScalarView(shown))
        if cutLeft { text = "…" + text }
        if cutRight { text += "…" }
        return "    \(text)\n    \(padding)^\(String(repeating: "~", count: underline))\n"
    }
}
