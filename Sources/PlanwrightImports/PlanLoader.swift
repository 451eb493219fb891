import Foundation
import PlanwrightDocument
import PlanwrightModel

/// The front of the pipeline: read a plan file, load its YAML, decode and validate it.
///
/// Every problem found on the way is collected; `plan` is set only when there are no errors.
public struct PlanLoader: Sendable {
    public var frameworks: FrameworkLibrary
    public var limits: LoaderLimits

    public init(frameworks: FrameworkLibrary = FrameworkLibrary(), limits: LoaderLimits = .standard) {
        self.frameworks = frameworks
        self.limits = limits
    }

    /// A loader whose plans may also name files in `access`'s folders (`--allow-path`).
    public init(access: FileAccess) {
        self.init(frameworks: FrameworkLibrary(access: access))
    }

    public struct Loaded: Sendable {
        /// Set only when there are no errors.
        public var plan: Plan?
        /// The file could not be read at all (exit code 2, not 1).
        public var unreadable: Bool = false
    }

    /// The plan, with the texts of every file read, so diagnostics can quote them.
    public typealias Result = Checked<Loaded>

    /// The plan file the user named: any folder, but a regular file of bounded size.
    public func load(path: String) -> Result {
        switch SourceFiles.read(path, limits: limits) {
        case let .success(source): return load(source)
        case let .failure(problem):
            return Result(Loaded(plan: nil, unreadable: true), diagnostics: [.error(Message("import_cannot_read_plan", ["path": .text(path), "reason": .message(problem.reason)]), at: nil)])
        }
    }

    /// Loading runs in stages: the YAML, the plan decoded from it, the files it names imported
    /// into it, then the checks that span the whole plan.
    public func load(_ source: SourceText) -> Result {
        let loaded = YAMLLoader(limits: limits).load(source)
        guard let tree = loaded.tree else {
            return Result(Loaded(plan: nil), diagnostics: loaded.diagnostics, sources: [source])
        }
        let decoding = PlanDecoding(file: source.path, frameworks: frameworks)
        var plan = decoding.decode(tree.root)
        let imports = PlanImports(limits: limits, tree: frameworks.access.tree(of: source.path), reader: decoding.reader)
        let imported = imports.merge(decoding.imports, into: &plan)
        decoding.validate(&plan)
        // The loader's and the decoder's lists are capped each; together they are capped again, per file.
        let diagnostics = DiagnosticCollector.merging(loaded.diagnostics, decoding.reader.diagnostics)
        return Result(Loaded(plan: diagnostics.hasErrors ? nil : plan), diagnostics: diagnostics, sources: [source] + decoding.sources + imported)
    }
}
