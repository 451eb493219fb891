import PlanwrightDocument

/// A declarative description of what a YAML value must look like.
///
/// The decoder checks keys and types against these shapes, and `planwright schema`
/// turns the same shapes into JSON Schema, so the documentation and the checks cannot drift.
public indirect enum Shape: Sendable {
    case text
    /// Markdown text.
    case markdown
    case identifier
    case integer(ClosedRange<Int>)
    /// A number with or without decimals (`45%` reads as 45), within a range that keeps every
    /// sum, ratio and chart coordinate made from it finite.
    case number(ClosedRange<Double>)
    case boolean
    case date
    /// An exact amount of money in whole cents: `18400`, `18,400.50`, `$18,400`.
    case money
    /// A percentage to a hundredth: `15%`, `12.5%`.
    case share
    /// A fiscal year by the calendar year it ends in: `FY2027`.
    case fiscalYear
    /// A level of the framework's rating scale: a number or a level name.
    case level
    /// One of a fixed set of words.
    case choice([String])
    case list(Shape)
    case mapping(MappingShape)
    /// A mapping whose keys are ids chosen by the plan (ratings keyed by indicator id).
    case dictionary(key: String, value: Shape)
    /// Several accepted forms, such as a date or `{name, from, to}`.
    case oneOf([Shape])

    /// How a leader would describe the expected value, for messages, in the reader's language.
    public var expectation: Message {
        switch self {
        case .text, .markdown: return Message("decode_expect_text")
        case .identifier: return Message("decode_expect_identifier")
        case let .integer(range):
            if range.upperBound == Int.max { return Message("decode_expect_integer_at_least", ["min": .text(String(range.lowerBound))]) }
            return Message("decode_expect_integer_range", ["min": .text(String(range.lowerBound)), "max": .text(String(range.upperBound))])
        case let .number(range):
            return Message("decode_expect_number_range", ["min": .text(NumberRange.words(range.lowerBound)), "max": .text(NumberRange.words(range.upperBound))])
        case .boolean: return Message("decode_expect_yes_no")
        case .date: return Message("decode_expect_date")
        case .money: return Message("decode_expect_money")
        case .share: return Message("decode_expect_share")
        case .fiscalYear: return Message("decode_expect_fiscal_year")
        case .level: return Message("decode_expect_level")
        case let .choice(words): return Message("decode_expect_one_of", ["words": .text(words.joined(separator: ", "))])
        case .list: return Message("decode_expect_list")
        case let .mapping(shape): return Message("decode_expect_mapping", ["noun": .message(shape.nounPhrase())])
        case .dictionary: return Message("decode_expect_keys_and_values")
        case let .oneOf(shapes):
            // "a date, or a date range written as keys and values": each form after the first joined by "or".
            let forms = shapes.map(\.expectation)
            guard var joined = forms.first else { return Message("decode_expect_keys_and_values") }
            for form in forms.dropFirst() { joined = Message("decode_expect_either", ["first": .message(joined), "second": .message(form)]) }
            return joined
        }
    }
}

/// The keys a mapping may hold.
///
/// A class, not a struct: shapes are shared constants, and decoding copies them
/// for every mapping it reads, which for a struct of strings means retaining each one.
public final class MappingShape: Sendable {
    /// What one of these is called in messages: "goal", "staff member".
    public let noun: String
    public let fields: [Field]
    public let summary: String
    /// Sections that appear once (the assessment, the school year) are called "the …" in messages.
    public let isSingleton: Bool

    public init(_ noun: String, _ summary: String, singleton: Bool = false, _ fields: [Field]) {
        self.noun = noun
        self.summary = summary
        self.isSingleton = singleton
        self.fields = fields
    }

    public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

public struct Field: Sendable {
    public var name: String
    public var shape: Shape
    public var required: Bool
    public var doc: String

    public static func required(_ name: String, _ shape: Shape, _ doc: String) -> Field {
        Field(name: name, shape: shape, required: true, doc: doc)
    }

    public static func optional(_ name: String, _ shape: Shape, _ doc: String) -> Field {
        Field(name: name, shape: shape, required: false, doc: doc)
    }
}
