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
