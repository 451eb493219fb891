/// Prints diagnostics the way compilers do, so editors and CI logs link to them:
///
///     Plans/maple.yaml:41:9: error: unknown key 'mielstones' in goal 'lms-pilot'; did you mean 'milestones'?
///           mielstones:
///           ^~~~~~~~~~
public struct DiagnosticPrinter {
    private var sources: [String: SourceText]

    public init(sources: [SourceText] = []) {
        self.sources = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public mutating func add(_ source: SourceText) { sources[source.path] = source }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) }.joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let prefix = diagnostic.location.map { "\($0.description): " } ?? "planwright: "
        out += "\(prefix)\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if let location = diagnostic.location, let text = sources[location.file]?.line(location.line) {
            out += quote(text, at: location)
        }
        for note in diagnostic.notes { out += render(note) }
        return out
    }

    /// The source line and a caret under the column; tabs are kept so the caret lines up.
    private func quote(_ text: String, at location: SourceLocation) -> String {
        let characters = Array(text)
        let column = min(max(location.column - 1, 0), characters.count)
        let padding = characters[..<column].map { $0 == "\t" ? "\t" : " " }.joined()
        let underline = max(0, min(location.length, characters.count - column) - 1)
        return "    \(text)\n    \(padding)^\(String(repeating: "~", count: underline))\n"
    }
}
