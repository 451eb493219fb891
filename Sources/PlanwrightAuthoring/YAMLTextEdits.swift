import PlanwrightDocument

/// Edits to a YAML file's text, placed by the loader's node positions, so that everything the
/// edits do not touch — the leader's comments, blank lines, flow or block style, key order —
/// stays as they wrote it. Positions are the loader's: lines and columns from 1, columns
/// counted in Unicode scalars, as libyaml counts them.
///
/// In-line replacements are applied first (they keep the line count), then whole lines are
/// removed, inserted and commented out, from the bottom up, all at the original line numbers.
struct YAMLTextEdits {
    private var lines: [[Unicode.Scalar]]
    private let lineEnd: String
    private var replacements: [(line: Int, from: Int, to: Int, text: String)] = []
    private var removed = Set<Int>()
    private var commented = Set<Int>()
    /// Lines to insert before (`before`) or after (`!before`) an original line.
    private var inserted: [(line: Int, before: Bool, order: Int, text: [String])] = []

    init(_ text: String) {
        lineEnd = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array((line.hasSuffix("\r") ? line.dropLast() : line).unicodeScalars)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }

    var lineCount: Int { lines.count }

    /// The original text of a line (from 1).
    func line(_ number: Int) -> String { String(String.UnicodeScalarView(lines[number - 1])) }

    /// The column (from 1) of a line's first character that is not a space; nil for a blank line.
    func indent(of number: Int) -> Int? {
        lines[number - 1].firstIndex(where: { $0 != " " }).map { $0 + 1 }
    }

    /// Whether a line holds nothing but spaces or a comment.
    func isBlankOrComment(_ number: Int) -> Bool {
        guard let column = indent(of: number) else { return true }
        return lines[number - 1][column - 1] == "#"
    }

    // MARK: Edits

    /// Replaces the text of one line from column `from` up to, not including, column `to`.
    mutating func replace(line: Int, from: Int, to: Int, with text: String) {
        replacements.append((line, from, to, text))
    }

    /// Replaces a scalar written on one line (a date, a number, a quoted title) by new text.
    mutating func replace(_ scalar: YAMLNode, with text: String) {
        let at = scalar.location
        replace(line: at.line, from: at.column, to: at.column + at.length, with: text)
    }

    mutating func remove(lines range: ClosedRange<Int>) { removed.formUnion(range) }

    /// Puts `# ` before each line of the range (at its indentation), keeping what it said.
    mutating func commentOut(lines range: ClosedRange<Int>) {
        for number in range where !isBlankOrComment(number) { commented.insert(number) }
    }

    mutating func insert(_ text: [String], before line: Int) {
        inserted.append((line, true, inserted.count, text))
    }

    mutating func insert(_ text: [String], after line: Int) {
        inserted.append((line, false, inserted.count, text))
    }

    /// Removes the first run of consecutive lines that read `prefix` and then each of `texts`,
    /// ignoring indentation: a note written earlier, found by its exact words.
    mutating func removeLines(_ prefix: [String], _ texts: [String]) {
        guard !texts.isEmpty, lines.count >= texts.count else { return }
        let wanted = texts.map { (prefix.first ?? "") + $0 }
        for start in 1...(lines.count - texts.count + 1) {
            let found = wanted.indices.allSatisfy { line(start + $0).drop(while: { $0 == " " }) == wanted[$0] }
            if found { remove(lines: start...(start + texts.count - 1)); return }
        }
    }

    /// `  # comment` at the end of a line that has no comment yet.
    mutating func appendComment(_ comment: String, to number: Int) {
        guard !lines[number - 1].contains("#") else { return }
        let end = lines[number - 1].count + 1
        replace(line: number, from: end, to: end, with: "  # " + comment)
    }

    // MARK: Extents

    /// The last line of a block collection entry that starts on `line` at `column` (a key, or a
    /// sequence item's dash): the lines after it that are indented deeper, or blank, or comments,
    /// then without the blank lines and comments at the end, which belong to what follows.
    /// A block sequence written at its key's own indentation (`key:\n- item`) belongs to the key.
    func lastLine(ofEntryAt line: Int, column: Int, sequenceAtSameIndent: Bool = false) -> Int {
        var last = line, number = line + 1
        while number <= lines.count {
            if isBlankOrComment(number) { number += 1; continue }
            let indent = indent(of: number)!
            let dashHere = indent == column && lines[number - 1][indent - 1] == "-"
            guard indent > column || sequenceAtSameIndent && dashHere else { break }
            last = number
            number += 1
        }
        return last
    }

    /// The column just past a flow value that starts at `column` on `line`: a bracketed list or
    /// mapping to its closing bracket, a quoted scalar to its closing quote, a plain one to the
    /// next `,` `]` or `}`.
    func endOfFlowValue(line number: Int, column: Int) -> Int {
        let text = lines[number - 1]
        var index = column - 1, depth = 0, quote: Unicode.Scalar?
        while index < text.count {
            let c = text[index]
            if let open = quote {
                if c == "\\" && open == "\"" { index += 2; continue }
                if c == open { quote = nil; if depth == 0 { return index + 2 } }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" || c == "{" {
                depth += 1
            } else if c == "]" || c == "}" {
                if depth == 0 { break }
                depth -= 1
                if depth == 0 { return index + 2 }
            } else if depth == 0 && (c == "," || c == "#") {
                break
            }
            index += 1
        }
        // Back over trailing spaces of a plain scalar.
        while index > column - 1, text[index - 1] == " " { index -= 1 }
        return index + 1
    }

    // MARK: Result

    var text: String {
        var lines = self.lines
        // Right to left, so each edit's columns are still the original's; at one column, the later edit first.
        let order = replacements.indices.sorted { a, b in
            (replacements[a].line, replacements[a].from, a) > (replacements[b].line, replacements[b].from, b)
        }
        for edit in order.map({ replacements[$0] }) where !removed.contains(edit.line) {
            let from = min(edit.from - 1, lines[edit.line - 1].count), to = min(edit.to - 1, lines[edit.line - 1].count)
            lines[edit.line - 1].replaceSubrange(from..<to, with: Array(edit.text.unicodeScalars))
        }
        var out: [String] = []
        let before = Dictionary(grouping: inserted.filter(\.before), by: \.line)
        let after = Dictionary(grouping: inserted.filter { !$0.before }, by: \.line)
        for number in 1...max(lines.count, 1) where number <= lines.count || lines.isEmpty {
            for insertion in (before[number] ?? []).sorted(by: { $0.order < $1.order }) { out += insertion.text }
            if number <= lines.count, !removed.contains(number) {
                var line = String(String.UnicodeScalarView(lines[number - 1]))
                if commented.contains(number), let column = indent(of: number) {
                    let spaces = String(repeating: " ", count: column - 1)
                    line = spaces + "# " + line.dropFirst(column - 1)
                }
                out.append(line)
            }
            for insertion in (after[number] ?? []).sorted(by: { $0.order < $1.order }) { out += insertion.text }
        }
        return out.joined(separator: lineEnd) + lineEnd
    }
}
