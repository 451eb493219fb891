import PlanwrightDocument

/// A cycle's name as a fact: as the plan names it (`cycles: [{ name: … }]`), or, for a cycle
/// the plan does not name, its number, which the outputs word: "Cycle 2", "Ciclo 2".
public enum CycleName: Sendable, Hashable {
    case written(String)
    case numbered(Int)

    /// The name as a phrase of a message or a page, worded in the reader's language.
    public var phrase: Message.Value {
        switch self {
        case let .written(text): .text(text)
        case let .numbered(number): .message(Message("cycle_numbered_name", ["number": .number(number)]))
        }
    }
}

/// One string, as `plan.json` has always had it ("Cycle 2" in English, through `PlanSentences`).
extension CycleName: Codable {
    public init(from decoder: any Decoder) throws {
        self = .written(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case let .written(text): try c.encode(text)
        case .numbered: try c.encode(encoder.planSentences?.name(self) ?? "")
        }
    }
}
