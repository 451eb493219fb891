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
        if limits.isTooLarge(source.bytes.count) {
            let message = Message("yaml_file_too_large", ["size": .message(FileSize(bytes: source.bytes.count).words), "limit": .message(limits.maxFileSize.words)])
            return Result(tree: nil, diagnostics: [.error(message, at: SourceLocation(file: source.path, line: 1, column: 1))])
        }
        var builder = TreeBuilder(source: source, limits: limits)
        return source.bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
    }
}

/// The state of one load: a stack of open collections over the flat arrays of `YAMLTree`.
/// Internal, not private, so its mapping rules can live in `YAMLLoader+Mappings`.
struct TreeBuilder {
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
    /// Each alias's name, place and the node it repeats, in file order.
    var aliasSites: [(name: String, line: Int, column: Int, target: Int32)] = []
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
            return fail(Message("yaml_reader_out_of_memory"), line: 1, column: 1)
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
            return fail(Message("yaml_file_empty"), line: 1, column: 1)
        }
        let tree = YAMLTree(file: source.path, records: records, strings: strings, children: children, rootIndex: root,
                            aliasedParts: aliasedParts(), hasTags: hasTags, aliasUses: aliasUses())
        return YAMLLoader.Result(tree: tree, diagnostics: diagnostics.diagnostics)
    }

    /// Handles one event; returns a result only when the load must stop.
    private mutating func handle(_ event: yaml_event_t) -> YAMLLoader.Result? {
        let mark = event.start_mark
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return fail(Message("yaml_second_document"),
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
                return fail(Message("yaml_too_deep", ["depth": .text(String(limits.maxDepth))]),
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
                return fail(Message("yaml_alias_undefined", ["name": .text(name), "anchor": .text("&" + name)]), line: line, column: column)
            }
            aliasExpansion = aliasExpansion.addingReportingOverflow(expandedSize[Int(target)]).partialValue
            if aliasExpansion > limits.maxAliasExpansion || aliasExpansion < 0 {
                return fail(Message("yaml_alias_expansion", ["limit": .text(String(limits.maxAliasExpansion))]),
                            line: line, column: column)
            }
            aliased.insert(target)
            aliasSites.append((name, line, column, target))
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
                .warning(Message("yaml_tag_unknown", ["tag": .text(Excerpt.of(tag.written))]), at: at)
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

    /// Each alias with the part of the file it repeats, as `aliasedParts` measures parts.
    func aliasUses() -> [YAMLTree.AliasUse] {
        aliasSites.map { site in
            let position = { (index: Int32) -> UInt64 in
                YAMLTree.position(line: Int(records[Int(index)].line), column: Int(records[Int(index)].column))
            }
            return YAMLTree.AliasUse(name: site.name, location: SourceLocation(file: source.path, line: site.line, column: site.column,
                                                                               length: site.name.utf8.count + 1),
                                     repeats: position(site.target)...position(anchoredEnds[site.target] ?? site.target))
        }
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

// MARK: - Errors that stop the load

extension TreeBuilder {
    fileprivate func fail(_ message: Message, line: Int, column: Int) -> YAMLLoader.Result {
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
            return fail(Message("yaml_tab_indentation"), line: line, column: column)
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
