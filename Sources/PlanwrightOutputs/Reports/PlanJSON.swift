import PlanwrightDocument
import PlanwrightPlanning

/// The full planned structure (or a part, such as its progress) as JSON, keys sorted, for other tools and for diffs.
public enum PlanJSON {
    /// Why a plan could not be written as JSON, in words for the person running the command.
    /// The decoder refuses every number that could cause this, so it means a bug; it is still
    /// reported, because an empty `{}` with success would be read as a plan with nothing in it.
    public struct Failure: Error, CustomStringConvertible {
        public let message: Message
        /// In English, for the command line's own error line.
        public var description: String { Wording.english.say(message) }
    }

    public static func encode(_ plan: some Encodable) throws(Failure) -> String {
        do {
            return try JSONText.encode(plan, userInfo: [.planSentences: PlanSentenceWords()])
        } catch let EncodingError.invalidValue(value, context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw Failure(message: Message("json_not_a_number", ["value": .text("\(value)"), "path": .text(String(path.drop { $0 == "." }))]))
        } catch {
            throw Failure(message: Message("json_cannot_encode", ["reason": .text(Excerpt.of("\(error)"))]))
        }
    }
}
