/// One problem found in a plan, a framework or a template.
///
/// Every stage collects these instead of stopping at the first problem, so a
/// leader sees everything that needs fixing in one run.
public struct Diagnostic: Hashable, Sendable, Encodable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// What is wrong, as a key and values; worded in the reader's language when printed.
    public var content: Message
    /// Further places that explain this one, such as the first of two duplicate keys.
    public var notes: [Diagnostic]
    /// Set on the line that sums up the diagnostics of one kind past the per-file cap
    /// (`DiagnosticCollector.maxPerFile`): how many diagnostics that line stands for.
    public var summarizes: Int?

    public init(_ severity: Severity, at location: SourceLocation?, _ content: Message, notes: [Diagnostic] = []) {
        self.severity = severity
        self.location = location
        self.content = content
        self.notes = notes
    }

    public init(_ severity: Severity, at location: SourceLocation?, english: String, notes: [Diagnostic] = []) {
        self.init(severity, at: location, .english(english), notes: notes)
    }

    /// The message in English, as tests and English logs read it.
    public var message: String { Wording.english.say(content) }

    public static func error(_ content: Message, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, at: location, content, notes: notes)
    }

    public static func warning(_ content: Message, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, content, notes: notes)
    }

    public static func note(_ content: Message, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, at: location, content)
    }

    // English written in code: the messages not yet in the strings files (`WordedMessagesTests`).
    public static func error(english: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        error(.english(english), at: location, notes: notes)
    }

    public static func warning(english: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        warning(.english(english), at: location, notes: notes)
    }

    public static func note(english: String, at location: SourceLocation?) -> Diagnostic {
        note(.english(english), at: location)
    }

    /// JSON for editors: the message worded (in English; `DiagnosticJSON` can word it in another
    /// language) and its key, the stable name of the problem a tool can match on.
    public func encode(to encoder: any Encoder) throws {
        try encode(to: encoder, wording: .english)
    }

    func encode(to encoder: any Encoder, wording: Wording) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(wording.say(content), forKey: .message)
        try container.encode(notes.map { Worded(diagnostic: $0, wording: wording) }, forKey: .notes)
        try container.encodeIfPresent(summarizes, forKey: .summarizes)
    }

    private enum CodingKeys: String, CodingKey { case severity, location, message, notes, summarizes }

    /// A diagnostic with the wording it is encoded in.
    struct Worded: Encodable {
        var diagnostic: Diagnostic
        var wording: Wording
        func encode(to encoder: any Encoder) throws { try diagnostic.encode(to: encoder, wording: wording) }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Source order, so the output reads top to bottom like the file; ties keep insertion order.
    /// The lines summing up what is past the per-file cap come last, after everything listed.
    public func sortedBySource() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let lhsSums = lhs.element.summarizes != nil, rhsSums = rhs.element.summarizes != nil
            if lhsSums != rhsSums { return rhsSums }
            let a = lhs.element.location, b = rhs.element.location
            switch (a, b) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
