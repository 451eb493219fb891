/// A YAML file written for people to fill in: keys, values, and what each one means as a comment
/// beside it or above it, lined up and wrapped so the file reads like a form.
struct CommentedYAML {
    private(set) var lines: [String] = []
    /// Comments beside values start in this column, so they line up down the page.
    static let commentColumn = 36
    /// Comments above values wrap before this width.
    static let width = 100

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func blankLine() { lines.append("") }

    /// `key: value   # comment`, indented. A line too long to leave room has its comment above it.
    mutating func entry(_ content: String, indent: Int, comment: String? = nil) {
        var line = String(repeating: " ", count: indent) + content
        if let comment {
            if line.count + 2 > Self.commentColumn {
                self.comment(comment, indent: indent)
            } else {
                line += String(repeating: " ", count: Self.commentColumn - line.count) + "# " + comment
            }
        }
        lines.append(line)
    }

    /// A comment on lines of its own, wrapped; later lines start with `hanging` extra spaces.
    /// Unwrapped, for a line meant to be copied whole.
    mutating func comment(_ text: String, indent: Int, hanging: Int = 0, wrapped: Bool = true) {
        let prefix = String(repeating: " ", count: indent) + "# "
        guard wrapped else { lines.append(prefix + text); return }
        var line = prefix
        for word in text.split(separator: " ") {
            if line.count > prefix.count, line.count + 1 + word.count > Self.width {
                lines.append(line)
                line = prefix + String(repeating: " ", count: hanging)
            } else if line.count > prefix.count {
                line += " "
            }
            line += word
        }
        lines.append(line == prefix ? String(prefix.dropLast()) : line)
    }

    /// A value from the user as YAML: plain where it reads back as the same text, else double-quoted.
    static func scalar(_ text: String) -> String {
        func isWordy(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        let safe = text.unicodeScalars.allSatisfy { isWordy($0) || " .,'()&/_-".unicodeScalars.contains($0) }
        // A plain value may not start with '-' or a space, and `null` written plain would leave the value out.
        if safe, let first = text.unicodeScalars.first, isWordy(first) || first == "." || first == "/", text.last != " ",
           text.lowercased() != "null" { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 {
                    quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
