import Foundation

/// Every JSON Planwright prints or writes, set up one way: pretty, keys sorted so diffs of it
/// stay small, slashes left as written, and nothing in it a terminal would act on.
package enum JSONText {
    /// The value as JSON text, ending in a newline; the encoder's error, if any, is the caller's to word.
    package static func encode(_ value: some Encodable, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> String {
        let encoder = JSONEncoder()
        encoder.userInfo = userInfo
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalText.escapingInJSON(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
