/// The closing line of a check: "2 errors, 1 warning in 1 file" or "no problems in 1 file".
public enum DiagnosticSummary {
    public static func line(_ diagnostics: [Diagnostic], files: Int) -> String {
        // A line past the per-file cap stands for many diagnostics; count them all.
        let errors = diagnostics.reduce(0) { $0 + ($1.severity == .error ? $1.summarizes ?? 1 : 0) }
        let warnings = diagnostics.reduce(0) { $0 + ($1.severity == .warning ? $1.summarizes ?? 1 : 0) }
        let where_ = "in \(Plural.count(files, "file"))"
        if errors == 0 && warnings == 0 { return "no problems \(where_)\n" }
        return "\(count(errors, "error")), \(count(warnings, "warning")) \(where_)\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String { Plural.count(n, noun) }
}
