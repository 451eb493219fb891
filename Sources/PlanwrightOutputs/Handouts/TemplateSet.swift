import Foundation
import Mustache
import PlanwrightTemplates
import PlanwrightDocument

/// The handout templates: the built-in ones, each replaceable by a file of the same name in a
/// district's `--templates` folder. Mustache renders a missing variable as nothing; here it is an
/// error naming the template and line, so a typo never ships as a blank in a handout.
public struct TemplateSet: Sendable {
    /// A template's text and where it came from, to point at lines in messages.
    struct Source: Sendable {
        var path: String
        var text: String
    }

    private var library: MustacheLibrary
    private var sources: [String: Source]
    /// The district's own templates' folder, whose `strings/` may hold its own languages.
    public private(set) var overrides: URL?

    /// The templates, nil when any has errors.
    public typealias Loaded = Checked<TemplateSet?>

    /// Loads `*.mustache` under the built-in folder, then under `overrides`, which win by name.
    public static func load(builtIn: URL = TemplateResources.handoutsDirectory, overrides: URL? = nil) -> Loaded {
        var files: [String: Source] = [:]
        var diagnostics: [Diagnostic] = []
        for folder in [builtIn] + (overrides.map { [$0] } ?? []) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                diagnostics.append(.error(Message("template_folder_missing", ["path": .text(folder.path)]), at: nil))
                continue
            }
            // Links are followed before a file is taken, so a template cannot publish a file from elsewhere.
            let inside = PlanTree(folder: folder.path, called: Message("file_tree_templates_folder"), advice: Message("file_tree_templates_advice"))
            for (name, path) in templateFiles(in: folder) {
                let text: String
                switch SourceFiles.read(path, inside: inside, limits: .templates) {
                case let .failure(problem):
                    diagnostics.append(.error(Message("template_cannot_be_used", ["name": .text(name), "reason": .message(problem.reason)]), at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                case let .success(source):
                    guard let utf8 = String(bytes: source.bytes, encoding: .utf8) else {
                        diagnostics.append(.error(Message("template_not_utf8", ["path": .text(path)]), at: SourceLocation(file: path, line: 1, column: 1)))
                        continue
                    }
                    text = utf8
                }
                files[name] = Source(path: path, text: text)
            }
        }
        MarkdownContentType.register()  // before parsing: templates may say CONTENT_TYPE: MARKDOWN
        var library = MustacheLibrary()
        for name in files.keys.sorted() {
            let source = files[name]!
            do {
                try library.register(source.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The parser's reason is its own short name for the problem ("unfinishedName"), never the template's text.
                diagnostics.append(.error(Message("template_cannot_be_read", ["name": .text(name), "reason": .text(Excerpt.of("\(error.error)"))]),
                                          at: SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber + 1)))
            } catch {
                diagnostics.append(.error(Message("template_cannot_be_read", ["name": .text(name), "reason": .text(Excerpt.of("\(error)"))]),
                                          at: SourceLocation(file: source.path, line: 1, column: 1)))
            }
        }
        var set = TemplateSet(library: library, sources: files)
        set.overrides = overrides
        diagnostics = DiagnosticCollector.merging(diagnostics, set.missingTemplates(), set.missingPartials(), set.unknownNames(ViewKey.vocabulary))
        let texts = files.values.map { SourceText(path: $0.path, bytes: Array($0.text.utf8)) }.sorted { $0.path < $1.path }
        return Loaded(diagnostics.hasErrors ? nil : set, diagnostics: diagnostics, sources: texts)
    }

    /// Template names are paths below the folder without `.mustache`: `school.html`, `partials/warnings.html`.
    private static func templateFiles(in folder: URL) -> [(String, String)] {
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var found: [(String, String)] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            found.append((String(relative.dropLast(".mustache".count)), root + "/" + relative))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Renders a template with a view; names the view does not have are errors at their line,
    /// saying which view (`about`: `template_view_school_handout`, "the school handout") lacks them.
    /// Every template reaches the page language's plain texts as `t` (`{{{t.school_focus_heading}}}`).
    public func render(_ name: String, _ view: [String: any Sendable], about: Message, wording: Wording = .english) -> (text: String, diagnostics: [Diagnostic]) {
        let root = RecordingRoot(view, words: wording.texts)
        guard let text = library.render(root, withTemplate: name) else {
            return ("", [.error(Message("template_no_such", ["name": .text(name)]), at: nil)])
        }
        let known = root.missing.isEmpty ? [] : Self.keys(in: view)
        let diagnostics = root.missing.sorted().map { missing -> Diagnostic in
            let location = locate(missing, from: name)
            return .error(Message("template_view_lacks", ["template": .text(location.template), "name": .text(missing), "view": .message(about),
                                                          "hint": Suggestion.hint(missing, in: known)]), at: location.at)
        }
        return (text, diagnostics)
    }

    /// Every key anywhere in a view, for suggestions.
    static func keys(in value: Any) -> Set<String> {
        if let dictionary = value as? [String: any Sendable] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(keys(in: $1.value)) }
        }
        if let list = value as? [any Sendable] { return list.reduce(into: Set<String>()) { $0.formUnion(keys(in: $1)) } }
        return []
    }

    /// Names no view has, wherever they stand in a template: also inside sections that are empty
    /// for a given plan, which rendering alone would never look into.
    private func unknownNames(_ vocabulary: Set<String>) -> [Diagnostic] {
        // Collected under the per-file cap, messages built only when listed: a template of
        // 200,000 typos must not work out 200,000 suggestions.
        var collector = DiagnosticCollector()
        for name in sources.keys.sorted() {
            for tag in Self.tags(in: sources[name]!.text) where tag.sigil != ">" && tag.sigil != "<" && tag.sigil != "$" {
                let first = tag.name.split(separator: ".").first.map(String.init) ?? tag.name
                if first == Self.wordsName {
                    unknownWord(tag, in: name, collector: &collector)
                    continue
                }
                guard !vocabulary.contains(first) else { continue }
                let at = SourceLocation(file: sources[name]!.path, line: tag.line, column: tag.column, length: tag.length)
                collector.add(.error, at: at, site: #fileID, line: #line) {
                    .error(Message("template_no_view_has", ["template": .text(name), "name": .text(Excerpt.of(first)), "hint": Suggestion.hint(first, in: vocabulary)]), at: at)
                }
            }
        }
        return collector.diagnostics
    }

    /// The name under which templates find the strings file's texts.
    static let wordsName = "t"

    /// `t.key` must name a plain text of the English strings file (every language falls back to
    /// English, so a key English has is on every page); a plural or a text with placeholders is
    /// filled by code, not by a template.
    private func unknownWord(_ tag: Tag, in name: String, collector: inout DiagnosticCollector) {
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false)
        let texts = Wording.english.texts
        guard parts.count != 2 || texts[String(parts[1])] == nil else { return }
        let key = parts.count == 2 ? String(parts[1]) : ""
        let at = SourceLocation(file: sources[name]!.path, line: tag.line, column: tag.column, length: tag.length)
        collector.add(.error, at: at, site: #fileID, line: #line) {
            .error(Message("template_no_plain_text", ["template": .text(name), "name": .text(Excerpt.of(tag.name)), "key": .text(Excerpt.of(key)),
                                                      "hint": Suggestion.hint(key, in: texts.keys)]), at: at)
        }
    }

    /// Every template an output renders (`PlanDocuments`), so a set without one is refused
    /// when it loads rather than when a build is half rendered.
    private func missingTemplates() -> [Diagnostic] {
        PlanDocuments.templates.filter { sources[$0] == nil }.map { .error(Message("template_no_such", ["name": .text($0)]), at: nil) }
    }

    /// Partials (`{{> name}}`) and parents (`{{< name}}`) must name templates of the set;
    /// names are looked up in the set only, so they cannot reach outside its folders.
    private func missingPartials() -> [Diagnostic] {
        var collector = DiagnosticCollector()
        for name in sources.keys.sorted() {
            for tag in Self.tags(in: sources[name]!.text) where tag.sigil == ">" || tag.sigil == "<" {
                guard sources[tag.name] == nil else { continue }
                let at = SourceLocation(file: sources[name]!.path, line: tag.line, column: tag.column, length: tag.length)
                collector.add(.error, at: at, site: #fileID, line: #line) {
                    .error(Message("template_includes_unknown", ["template": .text(name), "name": .text(Excerpt.of(tag.name)),
                                                                 "hint": Suggestion.hint(tag.name, in: sources.keys)]), at: at)
                }
            }
        }
        return collector.diagnostics
    }

    /// The first place a name is used, in the template or the partials it includes.
    private func locate(_ variable: String, from name: String) -> (template: String, at: SourceLocation?) {
        var queue = [name], seen = Set<String>()
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current).inserted, let source = sources[current] else { continue }
            let tags = Self.tags(in: source.text)
            if let tag = tags.first(where: { $0.name == variable && $0.sigil != ">" && $0.sigil != "<" }) {
                return (current, SourceLocation(file: source.path, line: tag.line, column: tag.column, length: tag.length))
            }
            queue += tags.filter { $0.sigil == ">" || $0.sigil == "<" }.map(\.name)
        }
        return (name, nil)
    }

    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
        var length: Int
    }

    /// Mustache tags with their positions: `{{name}}`, `{{#name}}`, `{{> name}}`, `{{{name}}}`…
    /// Mustache's own names for where an item sits in a list (`{{^last()}}; {{/last()}}`), which
    /// every list offers, so they are not view names and never a typo.
    static let sequenceHelpers: Set<String> = ["first", "last", "index", "even", "odd"]

    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                var inner = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                var sigil: Character?
                if let first = inner.first, "#^/>&{<$!%=".contains(first) {
                    sigil = first
                    inner = String(inner.dropFirst()).trimmingCharacters(in: CharacterSet(charactersIn: " }"))
                }
                let name = inner.split(separator: "(").first.map(String.init) ?? inner
                let isSequenceHelper = Self.sequenceHelpers.contains(name) && inner == name + "()"
                if sigil != "!" && sigil != "%" && sigil != "=" && sigil != "/" && !name.isEmpty && name != "." && !isSequenceHelper {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    tags.append(Tag(sigil: sigil, name: name, line: offset + 1, column: column,
                                    length: line.distance(from: open.lowerBound, to: close.upperBound)))
                }
                rest = rest[close.upperBound...]
            }
        }
        return tags
    }
}

/// The bottom of Mustache's context stack. A name is looked up from the innermost section
/// outwards; reaching this root means no context had it, which is what a typo looks like.
final class RecordingRoot: MustacheParent, @unchecked Sendable {
    private let values: [String: any Sendable]
    private let words: [String: String]
    private let lock = NSLock()
    private var misses = Set<String>()

    init(_ values: [String: any Sendable], words: [String: String]) {
        self.values = values
        self.words = words
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        if name == TemplateSet.wordsName { return words }
        lock.lock()
        misses.insert(name)
        lock.unlock()
        return nil
    }

    var missing: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return misses
    }
}

extension Checked<TemplateSet?> {
    public var templates: TemplateSet? { value }
}
