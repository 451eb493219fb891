import PlanwrightDocument
import PlanwrightPlanning

/// The full planned structure (or a part, such as its progress) as JSON, keys sorted, for other tools and for diffs.
public enum PlanJSON {
    /// Why a plan could not be written as JSON, in words for the person running the command.
    /// The decoder refuses every number that could cause this, so it means a bug; it is still
    /// reported, because an empty `{}` with success would be read as a plan with nothing in it.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func encode(_ plan: some Encodable) throws(Failure) -> String {
        do {
            return try JSONText.encode(plan, userInfo: [.planSentences: PlanSentenceWords()])
        } catch let EncodingError.invalidValue(value, context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw Failure(description: "the plan could not be written as JSON: the value \(value) at '\(path.drop { $0 == "." })' is not a number JSON can hold; nothing was written. Please report this as a Planwright bug, with the plan file")
        } catch {
            throw Failure(description: "the plan could not be written as JSON (\(error)); nothing was written. Please report this as a Planwright bug, with the plan file")
        }
    }
}
