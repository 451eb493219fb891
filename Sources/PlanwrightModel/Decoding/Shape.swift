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

    /// How a leader would describe the expected value, for messages.
    public var expectation: String {
        switch self {
        case .text, .markdown: return "text"
        case .identifier: return "an id (letters of any alphabet, digits, '-', '_' or '.')"
        case let .integer(range):
            if range.upperBound == Int.max { return "a whole number of at least \(range.lowerBound)" }
            return "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case let .number(range): return "a number from \(NumberRange.words(range.lowerBound)) to \(NumberRange.words(range.upperBound))"
        case .boolean: return "yes or no"
        case .date: return "a date written YYYY-MM-DD, such as 2026-09-08"
        case .money: return "an amount of money in dollars and cents, such as 18400 or 18,400.50"
        case .share: return "a percentage from 0% to 100%, such as 15%"
        case .fiscalYear: return "a fiscal year such as FY2027 (the year it ends in)"
        case .level: return "a level"
        case let .choice(words): return "one of \(words.joined(separator: ", "))"
        case .list: return "a list"
        case let .mapping(shape): return "a \(shape.noun) written as keys and values"
        case .dictionary: return "keys and values"
        case let .oneOf(shapes): return shapes.map(\.expectation).joined(separator: ", or ")
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
