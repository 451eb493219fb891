/// Diagnostics as JSON for editors and CI annotations (`--format json`).
public enum DiagnosticJSON {
    public static func encode(_ diagnostics: [Diagnostic], wording: Wording = .english) -> String {
        do {
            return try JSONText.encode(diagnostics.map { Diagnostic.Worded(diagnostic: $0, wording: wording) })
        } catch {
            // Diagnostics hold only text and whole numbers, so this cannot happen; were it to,
            // an editor must still see that something is wrong, never an empty, clean list.
            return #"[{"message":"the diagnostics could not be written as JSON","severity":"error"}]"# + "\n"
        }
    }
}
