import Foundation
import PlanwrightDocument

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

    public struct Result: Sendable {
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
        /// Texts of the files read, so diagnostics can quote them.
        public var sources: [SourceText]
        /// The file could not be read at all (exit code 2, not 1).
        public var unreadable: Bool
    }

    /// The plan file the user named: any folder, but a regular file of bounded size.
    public func load(path: String) -> Result {
        switch SourceFiles.read(path, limits: limits) {
        case let .success(source): return load(source)
        case let .failure(problem):
            return Result(plan: nil, diagnostics: [.error("cannot read '\(path)': \(problem.reason)", at: nil)], sources: [], unreadable: true)
        }
    }

    public func load(_ source: SourceText) -> Result {
        let loaded = YAMLLoader(limits: limits).load(source)
        guard let tree = loaded.tree else {
            return Result(plan: nil, diagnostics: loaded.diagnostics, sources: [source], unreadable: false)
        }
        let decoder = PlanDecoder(file: source.path, frameworks: frameworks)
        var plan = decoder.decode(tree.root)
        var sources = [source] + decoder.sources
        if let importPath = plan?.year.importCalendar {
            let imported = importClosures(importPath, planFile: source.path)
            plan?.year.closed += imported.closures
            decoder.reader.append(imported.diagnostics)
            sources += imported.sources
        }
        if let plan { PlanValidator(plan: plan, reader: decoder.reader, incomplete: decoder.incomplete).validate() }
        // The loader's and the decoder's lists are capped each; together they are capped again, per file.
        let diagnostics = DiagnosticCollector.merging(loaded.diagnostics, decoder.reader.diagnostics)
        return Result(plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics, sources: sources, unreadable: false)
    }

    /// Closures from the `.ics` file that `year.import` names, relative to the plan file.
    private func importClosures(_ path: Located<String>, planFile: String) -> (closures: [DateSpan], diagnostics: [Diagnostic], sources: [SourceText]) {
        let resolved = SourceFiles.path(path.value, relativeTo: planFile)
        switch SourceFiles.read(resolved, as: .calendar, inside: frameworks.access.tree(of: planFile), limits: limits) {
        case let .failure(problem):
            let hint = problem.isMissing ? "; paths are relative to the plan file's folder" : ""
            return ([], [.error("the calendar file '\(path.value)' named by 'import' cannot be read: \(problem.reason)\(hint)",
                                at: path.location)], [])
        case let .success(text):
            let read = ICSClosureReader().read(text)
            return (read.closures, read.diagnostics, NamedFileKind.calendar.isQuotable(text) ? [text] : [])
        }
    }
}
