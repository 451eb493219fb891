/// An explicit tag on a node (`!!str 10`), as the YAML 1.2 core schema reads it.
///
/// A core tag fixes the value's type: `!!str 10` is text even where a number is
/// expected, and `!!int ten` is an error at the tag. A tag Planwright does not know
/// (`!foo`) is warned about and ignored, and the value read as if it were untagged.
package enum YAMLTag: Equatable {
    case str, int, float, bool, null, merge, map, seq
    /// The non-specific tag `!`: text for a scalar, nothing special for a list or mapping.
    case nonSpecific
    case unknown(String)

    init(_ tag: String) {
        switch tag {
        case "tag:yaml.org,2002:str": self = .str
        case "tag:yaml.org,2002:int": self = .int
        case "tag:yaml.org,2002:float": self = .float
        case "tag:yaml.org,2002:bool": self = .bool
        case "tag:yaml.org,2002:null": self = .null
        case "tag:yaml.org,2002:merge": self = .merge
        case "tag:yaml.org,2002:map": self = .map
        case "tag:yaml.org,2002:seq": self = .seq
        case "!": self = .nonSpecific
        default: self = .unknown(tag)
        }
    }

    /// The tag as a leader wrote it.
    package var written: String {
        switch self {
        case .str: return "!!str"
        case .int: return "!!int"
        case .float: return "!!float"
        case .bool: return "!!bool"
        case .null: return "!!null"
        case .merge: return "!!merge"
        case .map: return "!!map"
        case .seq: return "!!seq"
        case .nonSpecific: return "!"
        case let .unknown(tag): return tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : tag
        }
    }

    /// Whether the value is text whatever it looks like, as `!!str 10` is.
    package var marksText: Bool { self == .str || self == .nonSpecific }

    /// What the tag says the value is, for messages.
    private var meaning: Message {
        switch self {
        case .str, .nonSpecific: return Message("yaml_tag_means_text")
        case .int: return Message("yaml_tag_means_whole_number")
        case .float: return Message("yaml_tag_means_number")
        case .bool: return Message("yaml_tag_means_true_or_false")
        case .null: return Message("yaml_tag_means_no_value")
        case .merge: return Message("yaml_tag_means_merge_key", ["key": .text("<<")])
        case .map: return Message("yaml_tag_means_keys_and_values")
        case .seq: return Message("yaml_tag_means_list")
        case .unknown: return Message("yaml_tag_means_unknown")
        }
    }

    /// Why a node cannot carry this tag, or nil when it can.
    package func problem(kind: YAMLNode.Kind, text: String?) -> Message? {
        let values: [String: Message.Value] = ["tag": .text(written), "meaning": .message(meaning)]
        switch (self, kind) {
        case (.unknown, _), (.nonSpecific, _), (.map, .mapping), (.seq, .sequence): return nil
        case (.str, .scalar): return nil
        case (_, .scalar):
            guard let full = text, !fits(full) else { return nil }
            let text = Message.Value.text(Excerpt.of(full))
            if self == .map || self == .seq {
                return Message("yaml_tag_on_text", values.merging(["text": text]) { $1 })
            }
            return Message("yaml_tag_text_does_not_fit", values.merging(["text": text]) { $1 })
        case (_, .sequence):
            return Message("yaml_tag_on_list", values)
        case (_, .mapping):
            return Message("yaml_tag_on_keys", values)
        }
    }

    /// Whether a scalar's text is written as the core schema writes a value of this type.
    private func fits(_ text: String) -> Bool {
        switch self {
        case .int: return Self.isCoreInteger(text)
        case .float: return Self.isCoreFloat(text)
        case .bool: return ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text)
        case .null: return ["", "~", "null", "Null", "NULL"].contains(text)
        case .merge: return text == "<<"
        case .map, .seq: return false
        case .str, .nonSpecific, .unknown: return true
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    static func isCoreInteger(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("0o") { return body.count > 2 && body.dropFirst(2).allSatisfy { ("0"..."7").contains($0) } }
        if body.hasPrefix("0x") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) }
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        return !body.isEmpty && body.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` or `.nan` (in the cases the schema allows).
    static func isCoreFloat(_ text: String) -> Bool {
        var body = Substring(text)
        if [".nan", ".NaN", ".NAN"].contains(body) { return true }
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if [".inf", ".Inf", ".INF"].contains(body) { return true }
        let digit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let mantissa = body.prefix { $0 != "e" && $0 != "E" }
        var exponent = body.dropFirst(mantissa.count)
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy(digit) }),
              parts.count == 1 ? !parts[0].isEmpty : !(parts[0].isEmpty && parts[1].isEmpty) else { return false }
        guard !exponent.isEmpty else { return true }
        exponent = exponent.dropFirst()
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(digit)
    }
}
