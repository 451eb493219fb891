import Foundation
import Testing

extension String {
    /// This text with every `old` replaced by `new`, for tests that edit a plan's text. If `old`
    /// is not there (the example or a fixture was reworded), the edit would silently do nothing
    /// and the test would go on testing the unedited plan, so the test fails at the caller's line.
    /// `firstOnly` replaces only the first occurrence (for a key that appears more than once).
    func replacingPresent(_ old: String, with new: String, firstOnly: Bool = false,
                          sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let first = range(of: old) else {
            Issue.record("the edit found no \(String(reflecting: old)) in the text to edit", sourceLocation: sourceLocation)
            return self
        }
        if firstOnly { return replacingCharacters(in: first, with: new) }
        return replacingOccurrences(of: old, with: new)
    }
}
