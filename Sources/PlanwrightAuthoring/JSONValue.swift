import PlanwrightDocument

/// A JSON document built in code, printed with sorted keys so the same value gives the same bytes.
indirect enum JSONValue: Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Two-space indents, keys sorted, short lists of plain values on one line, a final newline.
    var prettyPrinted: String {
        var out = ""
        write(into: &out, indent: "")
        return TerminalText.escapingInJSON(out) + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case let .string(text): Self.quote(text, into: &out)
        case let .integer(number): out += String(number)
        case let .boolean(value): out += value ? "true" : "false"
        case let .array(items):
            if let line = oneLine { out += line; return }
            writeBlock("[", "]", items.map { (nil, $0) }, into: &out, indent: indent)
        case let .object(members):
            if let line = oneLine { out += line; return }
            writeBlock("{", "}", members.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, into: &out, indent: indent)
        }
    }

    private func writeBlock(_ open: String, _ close: String, _ entries: [(String?, JSONValue)], into out: inout String, indent: String) {
        guard !entries.isEmpty else { out += open + close; return }
        let inner = indent + "  "
        out += open + "\n"
        for (offset, (key, value)) in entries.enumerated() {
            out += inner
            if let key { Self.quote(key, into: &out); out += ": " }
            value.write(into: &out, indent: inner)
            out += offset == entries.count - 1 ? "\n" : ",\n"
        }
        out += indent + close
    }

    /// `["integer", "string", "null"]` or `{"$ref": "#/$defs/pin"}`: plain values short enough to read at a glance.
    private var oneLine: String? {
        var line: String
        switch self {
        case let .array(items):
            guard items.allSatisfy(\.isPlain) else { return nil }
            line = "[" + items.map { $0.compact }.joined(separator: ", ") + "]"
        case let .object(members):
            guard members.count == 1, let (key, value) = members.first, value.isPlain || value.oneLine != nil else { return nil }
            var quoted = ""
            Self.quote(key, into: &quoted)
            line = "{" + quoted + ": " + (value.oneLine ?? value.compact) + "}"
        default: return nil
        }
        return line.count <= 72 ? line : nil
    }

    private var isPlain: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// A plain value as written in a line.
    private var compact: String {
        var out = ""
        write(into: &out, indent: "")
        return out
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
