/// A value from a file, cut short for a message. A message names a value only to say which
/// one is wrong, and a CSV cell or a YAML scalar may be megabytes long: printing it whole in
/// every message would flood the terminal (and copy a file's contents into a log).
package enum Excerpt {
    /// Characters kept; a longer value is cut and marked with "…".
    static let maxCharacters = 60

    package static func of(_ text: some StringProtocol) -> String {
        // Walk at most the characters kept, so a huge value is not walked to its end.
        guard let cut = text.index(text.startIndex, offsetBy: maxCharacters, limitedBy: text.endIndex), cut < text.endIndex else {
            return String(text)
        }
        return String(text[..<cut]) + "…"
    }
}
