/// One problem found in a plan, a framework or a template.
///
/// Every stage collects these instead of stopping at the first problem, so a
/// leader sees everything that needs fixing in one run.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// Further places that explain this one, such as the first of two duplicate keys.
    public var notes: [Diagnostic]
    /// Set on the line that sums up the diagnostics of one kind past the per-file cap
    /// (`DiagnosticCollector.maxPerFile`): how many diagnostics that line stands for.
    public var summarizes: Int?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, notes: [Diagnostic] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public static func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, notes: notes)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, at: location, message)
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
