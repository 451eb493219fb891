import PlanwrightDocument

/// English written in code: the decoder's messages not yet in the strings files. Each call
/// wraps its text as `Message.english`; `WordedMessagesTests` lists the files that still use these.
extension NodeReader {
    func error(english message: @autoclosure () -> String, at node: YAMLNode, site: String = #fileID, line: Int = #line) {
        error(.english(message()), at: node, site: site, line: line)
    }

    func error(english message: @autoclosure () -> String, at location: SourceLocation, notes: [Diagnostic] = [],
               site: String = #fileID, line: Int = #line) {
        error(.english(message()), at: location, notes: notes, site: site, line: line)
    }

    func warning(english message: @autoclosure () -> String, at location: SourceLocation, site: String = #fileID, line: Int = #line) {
        warning(.english(message()), at: location, site: site, line: line)
    }
}

/// Values named in English in code (`"a category under 'max_share'"`): the readers take a
/// `Message` saying what is read, and these wrap such English until its caller words it.
/// Prefer `fields.describing(key)` or a keyed `Message`: English passed here stays English in every language.
extension NodeReader {
    func fields(of node: YAMLNode, _ shape: MappingShape, context: String) -> Fields? {
        fields(of: node, shape, context: .english(context))
    }

    func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? { text(node, .english(what())) }

    func identifier(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? { identifier(node, .english(what())) }

    func integer(_ node: YAMLNode, _ what: @autoclosure () -> String, in range: ClosedRange<Int>) -> Int? {
        integer(node, .english(what()), in: range)
    }

    func number(_ node: YAMLNode, _ what: @autoclosure () -> String, in range: ClosedRange<Double>) -> Double? {
        number(node, .english(what()), in: range)
    }

    func boolean(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? { boolean(node, .english(what())) }

    func date(_ node: YAMLNode, _ what: @autoclosure () -> String) -> SchoolDate? { date(node, .english(what())) }

    func choice<T: RawRepresentable>(_ node: YAMLNode, _ what: @autoclosure () -> String, as: T.Type) -> T?
    where T.RawValue == String, T: CaseIterable {
        choice(node, .english(what()), as: T.self)
    }

    func level(_ node: YAMLNode, _ what: @autoclosure () -> String, scale: RatingScale?) -> Level? {
        level(node, .english(what()), scale: scale)
    }

    func list(_ node: YAMLNode, _ what: @autoclosure () -> String, acceptsSingle: Bool = false) -> [YAMLNode] {
        list(node, .english(what()), acceptsSingle: acceptsSingle)
    }

    func money(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Money? { money(node, .english(what())) }

    func share(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Share? { share(node, .english(what())) }
}
