/// Writes a loaded tree back as one line of flow-style YAML with every scalar double-quoted.
///
/// Loading that text again gives the same tree, which is how the loader's
/// round-trip tests check it; it also shows exactly what the loader understood.
public enum CanonicalYAML {
    public static func write(_ node: YAMLNode) -> String {
        var out = ""
        write(node, into: &out)
        return out
    }

    private static func write(_ node: YAMLNode, into out: inout String) {
        switch node.kind {
        case .scalar:
            if node.isNull { out += "~"; return }
            quote(node.scalar ?? "", into: &out)
        case .sequence:
            out += "["
            for (offset, item) in node.items.enumerated() {
                if offset > 0 { out += ", " }
                write(item, into: &out)
            }
            out += "]"
        case .mapping:
            out += "{"
            for (offset, pair) in node.pairs.enumerated() {
                if offset > 0 { out += ", " }
                write(pair.key, into: &out)
                out += ": "
                write(pair.value, into: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
