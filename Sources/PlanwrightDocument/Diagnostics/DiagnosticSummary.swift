/// The closing line of a check: "2 errors, 1 warning in 1 file" or "no problems in 1 file",
/// in the language the diagnostics above it are printed in.
public enum DiagnosticSummary {
    public static func line(_ diagnostics: [Diagnostic], files: Int, wording: Wording = .english) -> String {
        // A line past the per-file cap stands for many diagnostics; count them all.
        let errors = diagnostics.reduce(0) { $0 + ($1.severity == .error ? $1.summarizes ?? 1 : 0) }
        let warnings = diagnostics.reduce(0) { $0 + ($1.severity == .warning ? $1.summarizes ?? 1 : 0) }
        let files = Message.Value.message(Message("diagnostic_summary_files", count: files))
        if errors == 0 && warnings == 0 { return wording.say(Message("diagnostic_summary_no_problems", ["files": files])) + "\n" }
        return wording.say(Message("diagnostic_summary", ["errors": .message(Message("diagnostic_summary_errors", count: errors)),
                                                          "warnings": .message(Message("diagnostic_summary_warnings", count: warnings)),
                                                          "files": files])) + "\n"
    }
}
