import Foundation
import PlanwrightTemplates
import PlanwrightDocument

/// Finds and reads frameworks: built-in ones by name, others by path relative to the plan.
///
/// It also carries how the decoder reads every file a plan names (limits, and which folders
/// are allowed), so the roster and calendar imports read files by the same rules.
public struct FrameworkLibrary: Sendable {
    public var builtInDirectory: URL
    public var limits: LoaderLimits
    public var access: FileAccess

    public init(builtInDirectory: URL = TemplateResources.frameworksDirectory, limits: LoaderLimits = .standard, access: FileAccess = .planTree) {
        self.builtInDirectory = builtInDirectory
        self.limits = limits
        self.access = access
    }

    /// The framework, nil when it has errors.
    public typealias Loaded = Checked<Framework?>

    /// Names of the built-in frameworks, sorted.
    public var builtInNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: builtInDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A name without '/' or a YAML extension is a built-in framework; anything else is a path.
    public static func isPath(_ name: String) -> Bool {
        name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    public func load(_ name: String, relativeTo planFile: String, at location: SourceLocation) -> Loaded {
        let isPath = Self.isPath(name)
        let path: String
        if isPath {
            path = SourceFiles.path(name, relativeTo: planFile)
        } else {
            guard builtInNames.contains(name) else {
                // The names are joined by commas only, as names to copy rather than a sentence's "a, b and c".
                let hint = Suggestion.closest(to: name, in: builtInNames).map { Message.Value.message(NodeReader.didYouMean($0)) }
                    ?? .message(Message("framework_builtin_names", ["names": .text(builtInNames.joined(separator: ", "))]))
                return Loaded(nil, diagnostics: [.error(Message("framework_no_builtin", ["name": .text(name), "hint": hint]), at: location)])
            }
            path = builtInDirectory.appendingPathComponent("\(name).yaml").path
        }
        func refused(_ reason: Message.Value) -> Loaded {
            Loaded(nil, diagnostics: [.error(Message("framework_cannot_read", ["name": .text(name), "reason": reason]), at: location)])
        }
        // Built-in frameworks are the package's own resources, wherever it is installed.
        let tree = isPath ? access.tree(of: planFile) : PlanTree(folder: builtInDirectory.path, called: Message("file_tree_builtin_frameworks"),
                                                                           advice: Message("file_tree_reinstall"))
        let source: SourceText
        switch SourceFiles.read(path, as: .framework, inside: tree, limits: limits) {
        case let .success(text): source = text
        case let .failure(problem): return refused(.message(problem.reason))
        }
        // Until it is known to be a framework, the file may be anything: nothing of it is quoted.
        let loaded = YAMLLoader(limits: limits).load(source)
        guard let parsed = loaded.tree else {
            let position = loaded.diagnostics.first?.location.map {
                Message.Value.message(Message("framework_yaml_position", ["line": .text(String($0.line)), "column": .text(String($0.column))]))
            } ?? .text("")
            return refused(.message(Message("framework_not_yaml", ["position": position])))
        }
        // The version key marks a framework; without it the file may be any YAML (or a line
        // such as `root:*:…` that happens to parse as a key), so nothing of it is quoted either.
        guard parsed.root.isMapping, parsed.root.pairs.contains(where: { $0.key.scalar == "planwright_framework" }) else {
            return refused(.message(Message("framework_not_a_framework")))
        }
        let reader = NodeReader()
        let framework = FrameworkDecoder(reader: reader).decode(parsed.root, file: isPath ? path : name)
        let diagnostics = loaded.diagnostics + reader.diagnostics
        return Loaded(diagnostics.hasErrors ? nil : framework, diagnostics: diagnostics, sources: [source])
    }
}

extension Checked<Framework?> {
    public var framework: Framework? { value }
}
