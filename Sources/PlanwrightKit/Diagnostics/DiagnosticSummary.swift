/// The closing line of a check: "2 errors, 1 warning in 1 file" or "no problems in 1 file".
public enum DiagnosticSummary {
    public static func line(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let where_ = "in \(files) \(files == 1 ? "file" : "files")"
        if errors == 0 && warnings == 0 { return "no problems \(where_)\n" }
        return "\(count(errors, "error")), \(count(warnings, "warning")) \(where_)\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
