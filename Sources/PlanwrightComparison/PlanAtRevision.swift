import PlanwrightDocument
import PlanwrightPlanning

extension PlanPipeline {
    /// Loads and plans the file at `path` as it was at a git revision, with every file it names
    /// read at that revision too. Diagnostics and quoted sources name the files as the reader
    /// knows them, marked with the revision: `Plans/x.yaml (at HEAD~1)`.
    public func run(path: String, at revision: String) -> Swift.Result<Result, GitSnapshot.Failure> {
        GitSnapshot.take(path, at: revision).map { snapshot in
            defer { snapshot.remove() }
            // The copy has no `.git`, so its files are allowed as the repository's would be.
            var pipeline = self
            pipeline.loader.frameworks.access.allowedFolders.append(snapshot.repositoryCopy)
            var result = pipeline.run(path: snapshot.planPath)
            result.diagnostics = result.diagnostics.map { $0.relabeled(snapshot.label) }
            if var planned = result.improvementPlan {
                planned.diagnostics = planned.diagnostics.map { $0.relabeled(snapshot.label) }
                result.improvementPlan = planned
            }
            result.sources = result.sources.map { SourceText(path: snapshot.label($0.path), bytes: $0.bytes, lineBreaks: $0.lineBreaks) }
            return result
        }
    }
}

extension Diagnostic {
    /// The same diagnostic with its file names, and its notes', passed through `label`.
    func relabeled(_ label: (String) -> String) -> Diagnostic {
        var copy = self
        if let file = location?.file { copy.location?.file = label(file) }
        copy.notes = notes.map { $0.relabeled(label) }
        return copy
    }
}
