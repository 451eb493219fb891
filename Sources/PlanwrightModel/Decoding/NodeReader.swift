import PlanwrightDocument

/// Reads YAML nodes as the plan's shapes say, collecting a diagnostic for every problem.
///
/// Readers return nil for a missing or wrong value and never stop, so one run
/// finds every problem in the file.
package final class NodeReader {
    /// Capped per file (`DiagnosticCollector.maxPerFile`): past the cap a problem is only counted.
    private var collector = DiagnosticCollector()
    package var diagnostics: [Diagnostic] { collector.diagnostics }
    /// How many diagnostics were built, which the cap bounds however many problems there are.
    var diagnosticsBuilt: Int { collector.built }
    /// The plan's rating scale once its framework is read, so an empty level can say which levels there are.
    var scale: RatingScale?
    /// Trees read so far that have aliased parts, by file, so a problem there is listed once.
    private var aliasedTrees: [String: YAMLTree] = [:]
    /// Strong, not weak: a weak reference moves the tree's reference count to a side table,
    /// which slows every retain of every node decoded.
    private var lastTree: YAMLTree?
    /// Unknown keys still given a "did you mean": the edit distance is costly, and past this many
    /// unknown keys a file has bigger problems than a typo.
    static let maxSuggestions = DiagnosticCollector.maxPerFile
    private(set) var suggestionsComputed = 0

    // The message is built only when the diagnostic is listed; `site` and `line` (the caller's)
    // say which check found it, so problems past the cap are counted by kind.

    func error(_ message: @autoclosure () -> Message, at node: YAMLNode, site: String = #fileID, line: Int = #line) {
        add(.error, at: node.location, site: site, line: line) { .error(message(), at: node.location) }
    }

    package func error(_ message: @autoclosure () -> Message, at location: SourceLocation, notes: [Diagnostic] = [],
               site: String = #fileID, line: Int = #line) {
        add(.error, at: location, site: site, line: line) { .error(message(), at: location, notes: notes) }
    }

    func warning(_ message: @autoclosure () -> Message, at location: SourceLocation, site: String = #fileID, line: Int = #line) {
        add(.warning, at: location, site: site, line: line) { .warning(message(), at: location) }
    }

    package func append(_ more: [Diagnostic]) { collector.add(contentsOf: more) }

    private func add(_ severity: Diagnostic.Severity, at location: SourceLocation, site: String, line: Int, _ make: () -> Diagnostic) {
        let aliased = !aliasedTrees.isEmpty && aliasedTrees[location.file]?.isInAliasedPart(location) == true
        collector.add(severity, at: location, site: site, line: line, inAliasedPart: aliased, make)
    }

    /// The aliases that repeat the part of a file holding `location`, in file order (none in a
    /// file without aliases): where an entry read twice was written the second time.
    func aliases(repeating location: SourceLocation) -> [YAMLTree.AliasUse] {
        aliasedTrees[location.file]?.aliases(repeating: location) ?? []
    }

    /// Notes the tree a node belongs to, once per tree, if aliases share parts of it.
    private func see(_ node: YAMLNode) {
        guard node.tree !== lastTree else { return }
        lastTree = node.tree
        if node.tree.hasAliasedParts { aliasedTrees[node.tree.file] = node.tree }
    }

    // MARK: Mappings

    /// Checks a mapping's keys: unknown ones (with a suggestion) and missing required ones.
    func fields(of node: YAMLNode, _ shape: MappingShape, context: Message? = nil) -> Fields? {
        see(node)
        guard node.isMapping else {
            let what = context ?? (shape.isSingleton ? shape.theNounPhrase : Message("decode_each", ["noun": .message(shape.nounPhrase())]))
            error(Message("decode_not_keys_and_values", ["what": .message(what), "found": .message(node.kindPhrase)]), at: node)
            return nil
        }
        var values = [Int32](repeating: -1, count: shape.fields.count)
        // Pair positions, not nodes: a mapping may hold a million unknown keys.
        var unknown: [Int32] = []
        for pair in 0..<node.count {
            let key = node.key(at: pair)
            guard key.isScalar, let name = key.scalar else {
                error(Message("decode_key_not_text", ["found": .message(key.kindPhrase)]), at: key)
                continue
            }
            if let position = shape.fields.firstIndex(where: { $0.name == name }) {
                values[position] = node.value(at: pair).index
            } else {
                unknown.append(Int32(pair))
            }
        }
        let known = shape.fields.map(\.name)
        // Suggestions for the first unknown keys only; the rest are past the cap of listed problems anyway.
        var suggestions: [String?] = []
        for pair in unknown.prefix(max(0, Self.maxSuggestions - suggestionsComputed)) {
            suggestionsComputed += 1
            let suggestion = Suggestion.closest(to: node.key(at: Int(pair)).scalar ?? "", in: known)
            suggestions.append(suggestion)
            // Recover as a compiler does: read a misspelt key as the key it surely meant, so the
            // problems inside it are found now and nothing that refers into it fails falsely.
            if let suggestion, let position = known.firstIndex(of: suggestion), values[position] < 0 {
                values[position] = node.value(at: Int(pair)).index
            }
        }
        let fields = Fields(node: node, shape: shape, values: values, context: context)
        for (offset, pair) in unknown.enumerated() {
            let key = node.key(at: Int(pair)), name = key.scalar ?? ""
            let suggestion = offset < suggestions.count ? suggestions[offset] : nil
            // In `{ title: A, B }` the ',' ends the value: "B" becomes a key with no value.
            if suggestion == nil, node.style == .flow, node.value(at: Int(pair)).isNull {
                error(Message("decode_comma_ends_text", ["key": .text(Excerpt.of(name))]), at: key)
                continue
            }
            // The hint is built inside the message, which past the cap is never built.
            error(Message("decode_unknown_key", ["key": .text(Excerpt.of(name)), "context": .message(fields.contextPhrase),
                                                 "hint": .message(suggestion.map(Self.didYouMean) ?? Message("decode_can_have", [
                                                     "noun": .message(shape.nounPhrase()), "keys": .text(known.joined(separator: ", ")),
                                                 ]))]),
                  at: key)
        }
        for (position, field) in shape.fields.enumerated() where field.required {
            if let blank = fields.raw(at: position) {
                if blank.isNull { error(emptyMessage(field, in: fields), at: blank) }
            } else {
                // The field's doc is the plan format's documentation (`planwright schema`), written in English.
                error(Message("decode_missing_key", ["context": .message(fields.contextPhrase), "key": .text(field.name),
                                                     "doc": .text(lowercaseFirst(field.doc))]), at: node.location)
            }
        }
        return checkingTags(fields, values)
    }

    /// The fields without the values whose tag rules them out, so no reader misreads them:
    /// one whose text does not fit its tag (the loader reported that at the tag), and text
    /// marked `!!str` where a number or yes/no is expected (`days: !!str 10`), reported here.
    private func checkingTags(_ fields: Fields, _ values: [Int32]) -> Fields {
        guard fields.node.tree.hasTags else { return fields }
        var values = values, changed = false
        for (position, field) in fields.shape.fields.enumerated() where values[position] >= 0 {
            guard let value = fields.raw(at: position), let tag = value.coreTag else { continue }
            if tag.problem(kind: value.kind, text: value.scalar) != nil {
                values[position] = -1
                changed = true
            } else if value.isScalar, tag.marksText, !Self.takesText(field.shape) {
                error(Message("decode_tag_marks_text", ["what": .message(fields.describing(field.name)), "expected": .message(field.shape.expectation),
                                                        "tag": .text(tag.written), "text": .text(Excerpt.of(value.scalar ?? ""))]),
                      at: value)
                values[position] = -1
                changed = true
            }
        }
        return changed ? Fields(node: fields.node, shape: fields.shape, values: values, context: fields.contextOverride) : fields
    }

    /// Whether a value of this shape may be text; a number, a yes/no or a mapping may not.
    /// A list may where its items may: a single item stands for a list of one.
    private static func takesText(_ shape: Shape) -> Bool {
        switch shape {
        case .integer, .number, .boolean, .mapping, .dictionary: return false
        case let .list(item): return takesText(item)
        case let .oneOf(shapes): return shapes.contains(where: takesText)
        case .text, .markdown, .identifier, .date, .level, .choice, .money, .share, .fiscalYear: return true
        }
    }

    /// A required key written with no value, as in a skeleton plan: say what to write there.
    /// "'start' of the school year is empty: fill in the first day of school, a date written YYYY-MM-DD, such as 2026-09-08"
    /// The field's doc is the plan format's documentation (`planwright schema`), written in English.
    private func emptyMessage(_ field: Field, in fields: Fields) -> Message {
        let what = lowercaseFirst(String(field.doc.split(separator: ". ", maxSplits: 1)[0]))
        guard let form = blankForm(field.shape) else {
            return Message("decode_empty_value", ["what": .message(fields.describing(field.name)), "doc": .text(what)])
        }
        return Message("decode_empty_value_with_form", ["what": .message(fields.describing(field.name)), "doc": .text(what), "form": .message(form)])
    }

    /// How a blank is filled in, where the field's doc does not already say it; nil for text.
    private func blankForm(_ shape: Shape) -> Message? {
        switch shape {
        case .text, .markdown: return nil
        case .identifier: return Message("decode_blank_identifier")
        // An id, or several (a member of staff's schools): a blank is filled with one id.
        case let .oneOf(shapes) where shapes.first.map({ if case .identifier = $0 { true } else { false } }) ?? false:
            return blankForm(.identifier)
        // Text, or the same text per language (a school's name): a blank is filled with text.
        case let .oneOf(shapes) where shapes.first.map({ if case .text = $0 { true } else { false } }) ?? false:
            return nil
        case .level:
            guard let scale, let lowest = scale.levels.first, let highest = scale.levels.last else { return Shape.level.expectation }
            return Message("decode_blank_level", ["min": .text(String(scale.numbers.lowerBound)), "lowest": .text(lowest),
                                                  "max": .text(String(scale.numbers.upperBound)), "highest": .text(highest)])
        case let .list(.mapping(item)): return Message("decode_blank_list_of", ["nouns": .message(item.nounPhrase(count: 2))])
        default: return shape.expectation
        }
    }

    /// "; did you mean 'x'?", added to a message.
    static func didYouMean(_ word: String) -> Message { Message("decode_did_you_mean", ["word": .text(word)]) }

    /// The hint for a word that is not one of `candidates`: the closest one, or nothing.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message.Value {
        Suggestion.hint(word, in: candidates)
    }

    /// "'x' must be a date …; found the text 'y'": the message most wrong values read as.
    static func mustBe(_ what: Message, _ expected: Message, found: Message.Value, hint: Message.Value = .text("")) -> Message {
        Message("decode_must_be", ["what": .message(what), "expected": .message(expected), "found": found, "hint": hint])
    }

    private func lowercaseFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst().dropLast(text.hasSuffix(".") ? 1 : 0)
    }

    // MARK: Scalars

    func text(_ fields: Fields, _ key: String) -> String? {
        fields[key].flatMap { text($0, fields.describing(key)) }
    }

    /// Text that names something elsewhere (a person, by name), with where it was written.
    func textReference(_ fields: Fields, _ key: String) -> Reference? {
        guard let node = fields[key], let value = text(node, fields.describing(key)) else { return nil }
        return Reference(value, at: node.location)
    }

    func text(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> String? {
        guard let value = node.scalar else {
            error(Self.mustBe(what(), Shape.text.expectation, found: .message(node.kindPhrase)), at: node)
            return nil
        }
        return value
    }

    func identifier(_ fields: Fields, _ key: String) -> String? {
        fields[key].flatMap { identifier($0, fields.describing(key)) }
    }

    func identifier(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> String? {
        guard let value = text(node, what()) else { return nil }
        guard Self.isIdentifier(value) else {
            error(Message("decode_not_identifier", ["what": .message(what()), "expected": .message(Shape.identifier.expectation), "text": .text(Excerpt.of(value))]),
                  at: node)
            return nil
        }
        return value
    }

    /// Letters of any alphabet (`zoë`, `josé-peña`, `müller`: people's names are a common id),
    /// digits, `-`, `_` and `.`. No space, punctuation, symbol or invisible character: an id is
    /// typed again elsewhere in the plan, and names files (`PlanDocument.fileName` writes any byte
    /// beyond ASCII as `%XX`, so a name stays safe on every file system).
    static func isIdentifier(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        // Hot on state-scale plans: ASCII ids are read byte by byte, without Unicode properties.
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; continue }
            guard (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") else { return false }
        }
        return ascii || text.allSatisfy(isIdentifierCharacter)
    }

    /// An ASCII letter, digit, `-`, `_` or `.`, or a letter of any alphabet with its accents
    /// (`ë` written as one code point or as `e` and a combining mark). A mark alone, a digit of
    /// another script, a zero-width joiner or a direction mark is not: it cannot be told apart by eye.
    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        if character.isASCII { return isIdentifier(String(character)) }
        let scalars = character.unicodeScalars
        guard let first = scalars.first, isLetter(first) else { return false }
        return scalars.dropFirst().allSatisfy { isLetter($0) || isMark($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    func integer(_ fields: Fields, _ key: String) -> Int? {
        guard let node = fields[key] else { return nil }
        guard let range = Self.integerRange(of: fields.shape.field(key)?.shape) else {
            preconditionFailure("'\(key)' is not an integer field")
        }
        return integer(node, fields.describing(key), in: range)
    }

    func integer(_ node: YAMLNode, _ what: @autoclosure () -> Message, in range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar, let value = Int(text) else {
            error(Self.mustBe(what(), Shape.integer(range).expectation, found: .message(node.kindPhrase)), at: node)
            return nil
        }
        guard range.contains(value) else {
            error(Self.mustBe(what(), Shape.integer(range).expectation, found: .text(String(value))), at: node)
            return nil
        }
        return value
    }

    func number(_ fields: Fields, _ key: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard case let .number(range)? = fields.shape.field(key)?.shape else {
            preconditionFailure("'\(key)' is not a number field")
        }
        return number(node, fields.describing(key), in: range)
    }

    /// A number within `range`. Infinity, not-a-number and numbers too large for the machine
    /// (`1e400`) are refused here, so nothing planned from a number can trap or print `inf`.
    func number(_ node: YAMLNode, _ what: @autoclosure () -> Message, in range: ClosedRange<Double>) -> Double? {
        let expected = Shape.number(range).expectation
        guard let text = node.scalar, let value = Double(text.hasSuffix("%") ? String(text.dropLast()) : text) ?? Self.yamlNonFinite(text) else {
            error(Self.mustBe(what(), expected, found: .message(node.kindPhrase)), at: node)
            return nil
        }
        guard value.isFinite else {
            let values: [String: Message.Value] = ["what": .message(what()), "text": .text(text), "expected": .message(expected)]
            error(value.isNaN ? Message("decode_not_a_number", values) : Message("decode_number_too_large", values), at: node)
            return nil
        }
        guard range.contains(value) else {
            error(Self.mustBe(what(), expected, found: .text(text)), at: node)
            return nil
        }
        return value
    }

    /// YAML's words for infinity and not-a-number (`.inf`, `-.Inf`, `.NaN`), read so they are
    /// refused as such rather than as unreadable text.
    private static func yamlNonFinite(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: return nil
        }
    }

    /// The words read as yes and as no, in any case; `planwright schema` accepts the same.
    package static let yesWords = ["true", "yes", "on", "y"], noWords = ["false", "no", "off", "n"]

    func boolean(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> Bool? {
        let word = node.scalar?.lowercased() ?? ""
        if Self.yesWords.contains(word) { return true }
        if Self.noWords.contains(word) { return false }
        error(Self.mustBe(what(), Shape.boolean.expectation, found: .message(node.kindPhrase)), at: node)
        return nil
    }

    func date(_ fields: Fields, _ key: String) -> SchoolDate? {
        fields[key].flatMap { date($0, fields.describing(key)) }
    }

    func located(_ fields: Fields, _ key: String) -> Located<SchoolDate>? {
        guard let node = fields[key], let value = date(node, fields.describing(key)) else { return nil }
        return Located(value, at: node.location)
    }

    func date(_ node: YAMLNode, _ what: @autoclosure () -> Message) -> SchoolDate? {
        guard let text = node.scalar else {
            error(Self.mustBe(what(), Shape.date.expectation, found: .message(node.kindPhrase)), at: node)
            return nil
        }
        if let date = SchoolDate(iso: text) { return date }
        if Self.looksLikeISODate(text) {
            error(Message("decode_date_does_not_exist", ["what": .message(what()), "date": .text(text)]), at: node)
        } else {
            error(Self.mustBe(what(), Shape.date.expectation, found: .message(node.foundPhrase)), at: node)
        }
        return nil
    }

    private static func looksLikeISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }
    }

    /// One word of a fixed set, compared without regard to case.
    func choice<T: RawRepresentable>(_ fields: Fields, _ key: String, as: T.Type) -> T? where T.RawValue == String, T: CaseIterable {
        fields[key].flatMap { choice($0, fields.describing(key), as: T.self) }
    }

    func choice<T: RawRepresentable>(_ node: YAMLNode, _ what: @autoclosure () -> Message, as: T.Type) -> T? where T.RawValue == String, T: CaseIterable {
        guard let text = node.scalar, let value = T(rawValue: text) ?? T(rawValue: text.lowercased()) else {
            let words = T.allCases.map(\.rawValue)
            let hint = node.scalar.map { Self.didYouMean($0, in: words) } ?? .text("")
            error(Self.mustBe(what(), Shape.choice(words).expectation, found: .message(node.foundPhrase), hint: hint), at: node)
            return nil
        }
        return value
    }

    /// A level on the framework's scale, written as a number or a level name.
    func level(_ node: YAMLNode, _ what: @autoclosure () -> Message, scale: RatingScale?) -> Level? {
        guard let scale else { return nil }  // the framework failed to load; that is reported already
        if let text = node.scalar {
            // `!!str 2` is the text "2": a level's name, never its number.
            if node.coreTag?.marksText != true, let number = Int(text) {
                if let level = scale.level(number: number) { return level }
            } else if let level = scale.level(named: text) {
                return level
            }
        }
        let hint = node.scalar.map { Self.didYouMean($0, in: scale.levels) } ?? .text("")
        let expected = Message("decode_expect_scale_level", ["min": .text(String(scale.numbers.lowerBound)), "max": .text(String(scale.numbers.upperBound)),
                                                             "levels": .text(scale.levels.joined(separator: ", "))])
        error(Self.mustBe(what(), expected, found: .message(node.foundPhrase), hint: hint), at: node)
        return nil
    }

    // MARK: Collections

    /// The items of a list; a single scalar is accepted as a list of one where `acceptsSingle`.
    func list(_ fields: Fields, _ key: String, acceptsSingle: Bool = false) -> [YAMLNode] {
        guard let node = fields[key] else { return [] }
        return list(node, fields.describing(key), acceptsSingle: acceptsSingle)
    }

    func list(_ node: YAMLNode, _ what: @autoclosure () -> Message, acceptsSingle: Bool = false) -> [YAMLNode] {
        if node.isSequence { return node.items }
        if acceptsSingle, node.isScalar { return [node] }
        error(Self.mustBe(what(), Shape.list(.text).expectation, found: .message(node.kindPhrase)), at: node)
        return []
    }

    /// A list of ids, each kept with its position for later resolution.
    func references(_ fields: Fields, _ key: String, acceptsSingle: Bool = false) -> [Reference] {
        list(fields, key, acceptsSingle: acceptsSingle).compactMap { item in
            identifier(item, Message("decode_each_of", ["what": .message(fields.describing(key))])).map { Reference($0, at: item.location) }
        }
    }

    /// The pairs of a mapping keyed by ids the plan chooses.
    func dictionary(_ fields: Fields, _ key: String) -> [(key: YAMLNode, value: YAMLNode)] {
        guard let node = fields[key] else { return [] }
        guard node.isMapping else {
            error(Self.mustBe(fields.describing(key), Shape.dictionary(key: "", value: .text).expectation, found: .message(node.kindPhrase)), at: node)
            return []
        }
        return node.pairs
    }

    /// The whole numbers a field allows, also when a whole number is one of several forms it takes.
    private static func integerRange(of shape: Shape?) -> ClosedRange<Int>? {
        switch shape {
        case let .integer(range)?: return range
        case let .oneOf(shapes)?:
            for case let .integer(range) in shapes { return range }
            return nil
        default: return nil
        }
    }
}
