import PlanwrightDocument

/// Edits named by the nodes they concern: a key of a mapping, an item of a list, in block or
/// flow style (`{ id: x, joined: 2026-10-01 }` on one line, or one key a line).
extension YAMLTextEdits {
    /// The lines a block mapping's pair spans: its key's line to the last line of its value.
    func lines(ofPair key: YAMLNode, value: YAMLNode) -> ClosedRange<Int> {
        let at = key.location
        let sameIndent = value.isSequence && value.style != .flow
        return at.line...lastLine(ofEntryAt: at.line, column: at.column, sequenceAtSameIndent: sameIndent)
    }

    /// The lines a block sequence's item spans, from its dash.
    func lines(ofItem item: YAMLNode) -> ClosedRange<Int> {
        let at = item.location
        let dash = dashColumn(before: at)
        return at.line...lastLine(ofEntryAt: at.line, column: dash)
    }

    /// The lines, with the comment lines right above them (no blank line between): a comment
    /// written over an entry is about it, and goes with it.
    private func withCommentAbove(_ range: ClosedRange<Int>) -> ClosedRange<Int> {
        var first = range.lowerBound
        while first > 1, indent(of: first - 1) != nil, isBlankOrComment(first - 1) { first -= 1 }
        return first...range.upperBound
    }

    /// The column of the `-` an item follows on its line (`- id: x` or `- { ... }`).
    private func dashColumn(before at: SourceLocation) -> Int {
        let text = Array(line(at.line).unicodeScalars)
        var column = at.column - 1
        while column > 1, text[column - 2] == " " { column -= 1 }
        return column > 1 && text[column - 2] == "-" ? column - 1 : at.column
    }

    /// Removes `key` and its value from `mapping`; nothing when the key is not there.
    mutating func removePair(_ key: String, in mapping: YAMLNode) {
        let pairs = mapping.pairs
        guard let index = pairs.firstIndex(where: { $0.key.scalar == key }) else { return }
        let pair = pairs[index]
        if mapping.style != .flow {
            remove(lines: withCommentAbove(lines(ofPair: pair.key, value: pair.value)))
            return
        }
        let keyAt = pair.key.location
        let valueEnd = endOfFlowValue(line: pair.value.location.line, column: pair.value.location.column)
        if index > 0 {
            // `, key: value` after the previous value.
            let previous = pairs[index - 1].value.location
            guard previous.line == keyAt.line else { return }
            let previousEnd = endOfFlowValue(line: previous.line, column: previous.column)
            replace(line: keyAt.line, from: previousEnd, to: valueEnd, with: "")
        } else if index + 1 < pairs.count, pairs[index + 1].key.location.line == keyAt.line {
            replace(line: keyAt.line, from: keyAt.column, to: pairs[index + 1].key.location.column, with: "")
        } else {
            replace(line: keyAt.line, from: keyAt.column, to: valueEnd, with: "")
        }
    }

    /// Removes one item of a list, block or flow.
    mutating func removeItem(_ index: Int, of sequence: YAMLNode) {
        let items = sequence.items
        let item = items[index]
        if sequence.style != .flow {
            remove(lines: withCommentAbove(lines(ofItem: item)))
            return
        }
        let at = item.location
        let end = endOfFlowValue(line: at.line, column: at.column)
        if index > 0, items[index - 1].location.line == at.line {
            let previous = items[index - 1].location
            replace(line: at.line, from: endOfFlowValue(line: previous.line, column: previous.column), to: end, with: "")
        } else if index + 1 < items.count, items[index + 1].location.line == at.line {
            replace(line: at.line, from: at.column, to: items[index + 1].location.column, with: "")
        } else {
            replace(line: at.line, from: at.column, to: end, with: "")
        }
    }

    /// Adds `key: value` to `mapping` after the pair of `after` (block: a line of its own at the
    /// same indentation; flow: `, key: value` after that pair's value).
    mutating func insertPair(_ entry: String, in mapping: YAMLNode, after key: String) {
        insertPairs([entry], in: mapping, after: key)
    }

    /// Several `key: value` entries, in this order, after the pair of `after`.
    mutating func insertPairs(_ entries: [String], in mapping: YAMLNode, after key: String) {
        guard let pair = mapping.pairs.first(where: { $0.key.scalar == key }) ?? mapping.pairs.last, !entries.isEmpty else { return }
        if mapping.style == .flow {
            let at = pair.value.location
            let end = endOfFlowValue(line: at.line, column: at.column)
            replace(line: at.line, from: end, to: end, with: entries.map { ", " + $0 }.joined())
        } else {
            let last = lines(ofPair: pair.key, value: pair.value).upperBound
            insert(entries.map { String(repeating: " ", count: pair.key.location.column - 1) + $0 }, after: last)
        }
    }

    /// Comment lines above a key or item, at its indentation.
    mutating func comment(_ text: [String], above node: YAMLNode) {
        let at = node.location
        let column = indent(of: at.line) ?? at.column
        insert(text.map { String(repeating: " ", count: column - 1) + "# " + $0 }, before: at.line)
    }
}

extension YAMLNode {
    /// The value of `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        guard isMapping else { return nil }
        return pairs.first(where: { $0.key.scalar == key })?.value
    }

    /// The pair of `key` in a mapping.
    func pair(_ key: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard isMapping else { return nil }
        return pairs.first(where: { $0.key.scalar == key })
    }
}
