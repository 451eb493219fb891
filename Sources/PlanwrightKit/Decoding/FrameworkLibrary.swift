import Foundation
import PlanwrightTemplates

/// Finds and reads frameworks: built-in ones by name, others by path relative to the plan.
public struct FrameworkLibrary: Sendable {
    public var builtInDirectory: URL
    public var limits: LoaderLimits

    public init(builtInDirectory: URL = TemplateResources.frameworksDirectory, limits: LoaderLimits = .standard) {
        self.builtInDirectory = builtInDirectory
        self.limits = limits
    }

    public struct Loaded {
        public var framework: Framework?
        public var diagnostics: [Diagnostic]
        public var sources: [SourceText]
    }

    /// Names of the built-in frameworks, sorted.
    public var builtInNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: builtInDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A name without '/' or a YAML extension is a built-in framework; anything else is a path.
    public func load(_ name: String, relativeTo planFile: String, at location: SourceLocation) -> Loaded {
        let isPath = name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
        let path: String
        if isPath {
            path = SourceFiles.path(name, relativeTo: planFile)
        } else {
            guard builtInNames.contains(name) else {
                let hint = Suggestion.closest(to: name, in: builtInNames).map { "; did you mean '\($0)'?" }
                    ?? "; the built-in frameworks are: \(builtInNames.joined(separator: ", ")), or give a path to a framework file"
                return Loaded(framework: nil, diagnostics: [.error("there is no built-in framework named '\(name)'\(hint)", at: location)], sources: [])
            }
            path = builtInDirectory.appendingPathComponent("\(name).yaml").path
        }
        let source: SourceText
        switch SourceFiles.read(path, limits: limits) {
        case let .success(text): source = text
        case let .failure(problem):
            return Loaded(framework: nil, diagnostics: [.error("cannot read the framework file '\(name)': \(problem.reason)", at: location)], sources: [])
        }
        let loaded = YAMLLoader(limits: limits).load(source)
        guard let tree = loaded.tree else { return Loaded(framework: nil, diagnostics: loaded.diagnostics, sources: [source]) }
        let reader = NodeReader()
        let framework = FrameworkDecoder(reader: reader).decode(tree.root, file: isPath ? path : name)
        let diagnostics = loaded.diagnostics + reader.diagnostics
        return Loaded(framework: diagnostics.hasErrors ? nil : framework, diagnostics: diagnostics, sources: [source])
    }
}
