import Foundation

/// Diagnostics as JSON for editors and CI annotations (`--format json`).
public enum DiagnosticJSON {
    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return TerminalText.escapingInJSON(String(decoding: try encoder.encode(diagnostics), as: UTF8.self)) + "\n"
        } catch {
            // Diagnostics hold only text and whole numbers, so this cannot happen; were it to,
            // an editor must still see that something is wrong, never an empty, clean list.
            return #"[{"message":"the diagnostics could not be written as JSON","severity":"error"}]"# + "\n"
        }
    }
}
