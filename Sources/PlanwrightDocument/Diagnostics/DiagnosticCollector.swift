/// Collects diagnostics with a cap per file, so a file with millions of problems costs
/// bounded time and memory: past the cap, only a count per kind of problem is kept and the
/// diagnostic itself is never built. What a leader sees is the first `maxPerFile` problems
/// of a file, then one line per kind saying how many more there are.
///
/// It also lists a problem inside an aliased part of a file (`*name`) once: every use of
/// an alias shares the anchored node's position, so the same problem at the same position
/// from the same check is one problem, however many times the decoder meets it.
package struct DiagnosticCollector {
    /// The most diagnostics listed for one file; the one place this cap is set.
    package static let maxPerFile = 200

    /// What makes two diagnostics "of one kind": where in Planwright they are made
    /// (a check's file and line), or for diagnostics made elsewhere, their message
    /// without the quoted parts.
    struct Kind: Hashable {
        var file: String
        var severity: Diagnostic.Severity
        var site: String
        var line: Int
    }

    /// One problem at one position of an aliased part, from one check.
    private struct SharedProblem: Hashable {
        var location: SourceLocation
        var site: String
        var line: Int
    }

    private var kept: [Diagnostic] = []
    /// How many diagnostics were built, which the cap bounds (tests count this).
    package private(set) var built = 0
    private var keptPerFile: [String: Int] = [:]
    /// Kinds past the cap in the order first met: the first of each (built once) and how many.
    private var omitted: [(kind: Kind, first: Diagnostic, count: Int)] = []
    private var omittedIndex: [Kind: Int] = [:]
    /// The last kind past the cap: a file with a million problems mostly repeats one, and
    /// comparing with the last is much cheaper than hashing.
    private var lastOmitted = -1
    /// Summary lines handed over from another collector, kept as they are.
    private var summaries: [Diagnostic] = []
    /// For problems in aliased parts: the index in `kept` (or -1 when past the cap) and how often met.
    private var shared: [SharedProblem: (index: Int, uses: Int)] = [:]

    package init() {}

    var isEmpty: Bool { kept.isEmpty && omitted.isEmpty && summaries.isEmpty }

    /// Adds the diagnostic `make` builds, calling it only when the diagnostic will be listed
    /// (or is the first of its kind past the cap). `site` and `line` name the check that found it.
    package mutating func add(_ severity: Diagnostic.Severity, at location: SourceLocation?, site: String, line: Int,
                      inAliasedPart: Bool = false, _ make: () -> Diagnostic) {
        if inAliasedPart, let location {
            let problem = SharedProblem(location: location, site: site, line: line)
            if let seen = shared[problem] {
                shared[problem] = (seen.index, seen.uses + 1)
                return
            }
            shared[problem] = (keptPerFile[location.file, default: 0] < Self.maxPerFile ? kept.count : -1, 1)
        }
        let file = location?.file ?? ""
        if lastOmitted >= 0, omitted[lastOmitted].kind.file == file {
            let kind = omitted[lastOmitted].kind
            if kind.line == line, kind.severity == severity, kind.site == site {
                omitted[lastOmitted].count += 1
                return
            }
        }
        let count = keptPerFile[file, default: 0]
        if count < Self.maxPerFile {
            keptPerFile[file] = count + 1
            kept.append(make())
            built += 1
            return
        }
        let kind = Kind(file: file, severity: severity, site: site, line: line)
        if let index = omittedIndex[kind] {
            omitted[index].count += 1
            lastOmitted = index
        } else {
            omittedIndex[kind] = omitted.count
            lastOmitted = omitted.count
            omitted.append((kind, make(), 1))
            built += 1
        }
    }

    /// Adds a diagnostic made elsewhere (by another stage or another collector).
    mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.summarizes != nil { summaries.append(diagnostic); return }
        add(diagnostic.severity, at: diagnostic.location, site: diagnostic.content.englishText.map(Self.shape(of:)) ?? diagnostic.content.key, line: 0) { diagnostic }
    }

    package mutating func add(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { add(diagnostic) }
    }

    /// Lists from several stages (each capped already) as one list, capped again per file and
    /// in source order: each stage alone stays within the cap, together they might not.
    package static func merging(_ lists: [Diagnostic]...) -> [Diagnostic] {
        var collector = DiagnosticCollector()
        for list in lists { collector.add(contentsOf: list) }
        return collector.diagnostics.sortedBySource()
    }

    /// The diagnostics listed, then one line per kind past the cap.
    package var diagnostics: [Diagnostic] {
        var result = kept
        for (_, seen) in shared where seen.uses > 1 && seen.index >= 0 {
            result[seen.index].notes.append(.note(Message("diagnostic_listed_once_for_alias"), at: nil))
        }
        for (kind, first, more) in omitted {
            let key: Message = switch kind.severity {
            case .error: Message("diagnostic_more_errors", count: more, ["first": .message(first.content)])
            case .warning: Message("diagnostic_more_warnings", count: more, ["first": .message(first.content)])
            case .note: Message("diagnostic_more_notes", count: more, ["first": .message(first.content)])
            }
            var line = first
            line.content = key
            line.notes = []
            line.summarizes = more
            result.append(line)
        }
        return result + summaries
    }

    /// A message without its quoted parts and numbers, so "unknown key 'a'" and "unknown key 'b'" are one kind.
    static func shape(of message: String) -> String {
        // The first 80 characters of what is left, not of the message: a row number of 6 digits
        // and one of 1 (or ids of different lengths) must leave the same shape.
        var out = "", quoted = false
        for character in message {
            if character == "'" { quoted.toggle(); continue }
            if quoted || character.isNumber { continue }
            out.append(character)
            if out.count == 80 { break }
        }
        return out
    }

    /// 10999800 as "10,999,800", the way a count (or an amount of money) is read aloud.
    package static func grouped(_ number: some BinaryInteger) -> String {
        let digits = String(number)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
