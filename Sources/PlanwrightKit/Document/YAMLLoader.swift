import CYAML

/// Loads one YAML document with libyaml's event API into a `YAMLTree`.
///
/// Syntax errors stop the load (libyaml cannot go on past them); problems the
/// document can survive — duplicate keys, bad merges — are collected and the
/// load continues, so every such problem is reported at once.
public struct YAMLLoader {
    public struct Result {
        public var tree: YAMLTree?
        public var diagnostics: [Diagnostic]
    }

    public var limits: LoaderLimits

    public init(limits: LoaderLimits = .standard) {
        self.limits = limits
    }

    public func load(_ source: SourceText) -> Result {
        if source.bytes.count > limits.maxFileBytes {
            let megabytes = limits.maxFileBytes / (1024 * 1024)
            return Result(tree: nil, diagnostics: [.error(
                "the file is \(source.bytes.count / (1024 * 1024)) MB; Planwright reads files up to \(megabytes) MB",
                at: SourceLocation(file: source.path, line: 1, column: 1))])
        }
        var builder = TreeBuilder(source: source, limits: limits)
        return source.bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
    }
}

/// The state of one load: a stack of open collections over the flat arrays of `YAMLTree`.
private struct TreeBuilder {
    struct OpenCollection {
        var index: Int32
        var pendingStart: Int
        var anchor: String?
    }

    let source: SourceText
    let limits: LoaderLimits
    var records: [YAMLTree.Record] = []
    var strings: [String] = []
    var children: [Int32] = []
    /// Children of the collections still open, innermost last.
    var pending: [Int32] = []
    var open: [OpenCollection] = []
    /// Nodes each node stands for once aliases are expanded (saturating).
    var expandedSize: [Int] = []
    var anchors: [String: Int32] = [:]
    var aliasExpansion = 0
    var root: Int32 = -1
    var documents = 0
    /// Capped per file, like the decoder's (a file may repeat one key a million times).
    var diagnostics = DiagnosticCollector()
    /// The last node of each anchored collection's part of the file, and the anchored nodes aliases use.
    var anchoredEnds: [Int32: Int32] = [:]
    var aliased = Set<Int32>()
    var hasTags = false

    init(source: SourceText, limits: LoaderLimits) {
        self.source = source
        self.limits = limits
        // Plans run about one node per 7 bytes; reserving that avoids copying large arrays as they grow.
        let estimate = source.bytes.count / 7
        records.reserveCapacity(estimate)
        strings.reserveCapacity(estimate)
        children.reserveCapacity(estimate)
        expandedSize.reserveCapacity(estimate)
    }

    mutating func run(_ input: UnsafeBufferPointer<UInt8>) -> YAMLLoader.Result {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return fail("could not start the YAML reader (out of memory)", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input.baseAddress ?? UnsafePointer(bitPattern: 1)!, input.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return failSyntax(parser)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            if let stop = handle(event) { return stop }
        }
        guard root >= 0 else {
            return fail("the file is empty; a plan starts with 'planwright: 1'", line: 1, column: 1)
        }
        let tree = YAMLTree(file: source.path, records: records, strings: strings, children: children, rootIndex: root,
                            aliasedParts: aliasedParts(), hasTags: hasTags)
        return YAMLLoader.Result(tree: tree, diagnostics: diagnostics.diagnostics)
    }

    /// Handles one event; returns a result only when the load must stop.
    private mutating func handle(_ event: yaml_event_t) -> YAMLLoader.Result? {
        let mark = event.start_mark
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return fail("the file holds a second YAML document (after '---'); a plan is one document",
                            line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = string(scalar.value, Int(scalar.length))
            // The tag's string goes first, so `first` is the index of the text itself.
            let tag = tagIndex(scalar.tag)
            let index = append(kind: .scalar, style: style(of: scalar.style), event: event,
                               first: Int32(strings.count), tag: tag)
            strings.append(text)
            if tag >= 0 { checkTag(of: index, text: text) }
            expandedSize.append(1)
            attach(index)
            register(anchor: scalar.anchor, for: index)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if open.count >= limits.maxDepth {
                return fail("the lists and mappings here nest more than \(limits.maxDepth) levels deep",
                            line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            let isSequence = event.type == YAML_SEQUENCE_START_EVENT
            let flow = isSequence
                ? event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                : event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
            let tag = isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag
            let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            let tagged = tagIndex(tag)
            let index = append(kind: isSequence ? .sequence : .mapping, style: flow ? .flow : .block,
                               event: event, first: 0, tag: tagged)
            expandedSize.append(1)
            if tagged >= 0 { checkTag(of: index, text: nil) }
            open.append(OpenCollection(index: index, pendingStart: pending.count, anchor: anchor.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT:
            close(open.removeLast(), resolvedPairs: nil)
        case YAML_MAPPING_END_EVENT:
            let collection = open.removeLast()
            close(collection, resolvedPairs: resolveMapping(from: collection.pendingStart))
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            let line = Int(mark.line) + 1, column = Int(mark.column) + 1
            guard let target = anchors[name] else {
                return fail("'*\(name)' refers to an anchor '&\(name)' that is not defined above it", line: line, column: column)
            }
            aliasExpansion = aliasExpansion.addingReportingOverflow(expandedSize[Int(target)]).partialValue
            if aliasExpansion > limits.maxAliasExpansion || aliasExpansion < 0 {
                return fail("aliases here expand to more than \(limits.maxAliasExpansion) values; the file was refused to protect the machine (a 'billion laughs' file?)",
                            line: line, column: column)
            }
            aliased.insert(target)
            attach(target)
        default:
            break
        }
        return nil
    }

    private mutating func append(kind: YAMLNode.Kind, style: YAMLNode.Style, event: yaml_event_t, first: Int32, tag: Int32) -> Int32 {
        let start = event.start_mark, end = event.end_mark
        let length = end.line == start.line ? max(1, Int(end.column) - Int(start.column)) : 1
        records.append(YAMLTree.Record(kind: kind, style: style, line: UInt32(start.line + 1), column: UInt32(start.column + 1),
                                       length: UInt32(length), first: first, count: 0, tag: tag))
        return Int32(records.count - 1)
    }

    private mutating func attach(_ index: Int32) {
        if open.isEmpty { root = index } else { pending.append(index) }
    }

    /// Moves a finished collection's children from `pending` to `children`.
    /// `resolvedPairs` replaces them when a mapping's merge keys or duplicates changed its pairs.
    private mutating func close(_ collection: OpenCollection, resolvedPairs: [Int32]?) {
        let index = Int(collection.index)
        let first = children.count
        if let resolvedPairs { children.append(contentsOf: resolvedPairs) } else { children.append(contentsOf: pending[collection.pendingStart...]) }
        // Shrink only after the copy: a live slice of `pending` would force a copy of the whole array.
        pending.removeLast(pending.count - collection.pendingStart)
        let count = children.count - first
        records[index].first = Int32(first)
        records[index].count = Int32(records[index].kind == .mapping ? count / 2 : count)
        var size = 1
        for child in children[first...] { size = size &+ expandedSize[Int(child)]; if size < 0 { size = .max } }
        expandedSize[index] = size
        attach(collection.index)
        if let anchor = collection.anchor {
            anchors[anchor] = collection.index
            anchoredEnds[collection.index] = Int32(records.count - 1)
        }
    }

    private mutating func register(anchor: UnsafeMutablePointer<yaml_char_t>?, for index: Int32) {
        guard let anchor else { return }
        anchors[String(cString: anchor)] = index
    }

    /// A tag that does not fit its node is an error at the tag; an unknown one is a warning, and ignored.
    private mutating func checkTag(of index: Int32, text: String?) {
        let record = records[Int(index)]
        let tag = YAMLTag(strings[Int(record.tag)])
        let at = location(index)
        if case .unknown = tag {
            diagnostics.add(.warning, at: at, site: #fileID, line: #line) {
                .warning("'\(Excerpt.of(tag.written))' is not a tag Planwright knows; it is ignored, and the value read as if it were not there", at: at)
            }
        } else if let problem = tag.problem(kind: record.kind, text: text) {
            diagnostics.add(.error, at: at, site: #fileID, line: #line) { .error(problem, at: at) }
        }
    }

    /// Each part of the file an alias refers to, from its anchored node to the last node inside it.
    func aliasedParts() -> [ClosedRange<UInt64>] {
        guard !aliased.isEmpty else { return [] }
        let position = { (index: Int32) -> UInt64 in
            YAMLTree.position(line: Int(records[Int(index)].line), column: Int(records[Int(index)].column))
        }
        let parts = aliased.map { position($0)...position(anchoredEnds[$0] ?? $0) }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt64>] = []
        for part in parts {
            if let last = merged.last, part.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, part.upperBound)
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    private mutating func tagIndex(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> Int32 {
        guard let tag else { return -1 }
        hasTags = true
        strings.append(String(cString: tag))
        return Int32(strings.count - 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func style(of style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

// MARK: - Mappings: duplicate keys and merge keys

extension TreeBuilder {
    /// Checks a finished mapping's keys and applies merge keys (`<<: *defaults`).
    ///
    /// Keys written in the mapping win over merged ones; among merged mappings the
    /// first listed wins, as the YAML merge-key spec says.
    /// Returns nil when the pairs in `pending` stand as written, which is almost always.
    fileprivate mutating func resolveMapping(from start: Int) -> [Int32]? {
        guard needsResolving(pending[start...]) else { return nil }
        let flat = Array(pending[start...])
        var result: [Int32] = []
        result.reserveCapacity(flat.count)
        var seen: [String: Int32] = [:]
        var merges: [Int32] = []
        var pair = 0
        while pair + 1 < flat.count {
            let key = flat[pair], value = flat[pair + 1]
            pair += 2
            let record = records[Int(key)]
            guard record.kind == .scalar else { result += [key, value]; continue }
            let text = strings[Int(record.first)]
            // A merge key is a plain '<<' or one tagged '!!merge'; '!!str <<' is a key like any other.
            if record.style == .plain, text == "<<", record.tag < 0 || YAMLTag(strings[Int(record.tag)]) == .merge {
                merges.append(value)
                continue
            }
            if let first = seen[text] {
                let firstRecord = records[Int(first)]
                let at = location(key), firstAt = location(first)
                diagnostics.add(.error, at: at, site: #fileID, line: #line) {
                    .error("the key '\(Excerpt.of(text))' appears twice here; it was first given at line \(firstRecord.line), column \(firstRecord.column)",
                           at: at, notes: [.note("'\(Excerpt.of(text))' first given here", at: firstAt)])
                }
                continue
            }
            seen[text] = key
            result += [key, value]
        }
        for merge in merges {
            let sources = records[Int(merge)].kind == .sequence ? items(of: merge) : [merge]
            for source in sources {
                guard records[Int(source)].kind == .mapping else {
                    let at = location(source), what = describe(source)
                    diagnostics.add(.error, at: at, site: #fileID, line: #line) {
                        .error("'<<' merges keys from a mapping (such as '<<: *defaults'), but this is \(what)", at: at)
                    }
                    continue
                }
                let start = Int(records[Int(source)].first), count = Int(records[Int(source)].count)
                for offset in 0..<count {
                    let key = children[start + 2 * offset], value = children[start + 2 * offset + 1]
                    let keyRecord = records[Int(key)]
                    if keyRecord.kind == .scalar {
                        let text = strings[Int(keyRecord.first)]
                        if seen[text] != nil { continue }
                        seen[text] = key
                    }
                    result += [key, value]
                }
            }
        }
        return result
    }

    /// A quick scan for a merge key or a repeated key, without allocating: most mappings are small.
    private func needsResolving(_ flat: ArraySlice<Int32>) -> Bool {
        let pairs = flat.count / 2
        if pairs > 16 {
            // A cheap hash of each key's bytes rather than the strings themselves: a mapping may
            // hold a million keys. Two keys with one hash only send the mapping to `resolveMapping`,
            // which compares the keys themselves.
            var seen = Set<UInt64>(minimumCapacity: pairs)
            for offset in 0..<pairs {
                let record = records[Int(flat[flat.startIndex + 2 * offset])]
                guard record.kind == .scalar else { continue }
                var text = strings[Int(record.first)]
                if text == "<<" || !seen.insert(Self.fnv1a(&text)).inserted { return true }
            }
            return false
        }
        for i in 0..<pairs {
            let a = records[Int(flat[flat.startIndex + 2 * i])]
            guard a.kind == .scalar else { continue }
            let text = strings[Int(a.first)]
            if text == "<<" { return true }
            for j in (i + 1)..<max(i + 1, pairs) {
                let b = records[Int(flat[flat.startIndex + 2 * j])]
                if b.kind == .scalar, strings[Int(b.first)] == text { return true }
            }
        }
        return false
    }

    /// The 64-bit FNV-1a hash of a string's UTF-8 bytes.
    private static func fnv1a(_ text: inout String) -> UInt64 {
        text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }

    private func items(of sequence: Int32) -> [Int32] {
        let record = records[Int(sequence)]
        return Array(children[Int(record.first)..<Int(record.first + record.count)])
    }

    private func describe(_ index: Int32) -> String {
        switch records[Int(index)].kind {
        case .scalar: return "the text '\(Excerpt.of(strings[Int(records[Int(index)].first)]))'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    fileprivate func location(_ index: Int32) -> SourceLocation {
        let r = records[Int(index)]
        return SourceLocation(file: source.path, line: Int(r.line), column: Int(r.column), length: Int(r.length))
    }
}

// MARK: - Errors that stop the load

extension TreeBuilder {
    fileprivate func fail(_ message: String, line: Int, column: Int) -> YAMLLoader.Result {
        YAMLLoader.Result(tree: nil, diagnostics: diagnostics.diagnostics + [.error(message, at: SourceLocation(file: source.path, line: line, column: column))])
    }

    /// Turns libyaml's problem into a sentence a leader can act on, at its position.
    fileprivate func failSyntax(_ parser: yaml_parser_t) -> YAMLLoader.Result {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            let offset = SyntaxProblem.firstInvalidUTF8(in: source.bytes) ?? Int(parser.problem_offset)
            let (line, column) = SyntaxProblem.position(ofByte: offset, in: source.bytes)
            return fail(SyntaxProblem.readerMessage(problem), line: line, column: column)
        }
        let mark = parser.problem_mark
        let context = parser.context.map { String(cString: $0) }
        var line = Int(mark.line) + 1, column = Int(mark.column) + 1
        if let tab = SyntaxProblem.indentationTab(onLine: line, in: source) {
            column = tab
            return fail("a tab is used for indentation here; YAML indents with spaces only", line: line, column: column)
        }
        // For an open quote or bracket libyaml marks where it gave up; the opening is the real culprit.
        let unclosed = problem.contains("end of stream") || problem.contains("did not find expected ','")
        if unclosed || mark.index >= source.bytes.count, parser.context != nil {
            line = Int(parser.context_mark.line) + 1
            column = Int(parser.context_mark.column) + 1
        }
        return fail(SyntaxProblem.message(problem: problem, context: context), line: line, column: column)
    }
}
