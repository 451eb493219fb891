import PlanwrightDocument
import PlanwrightPlanning

/// Renders every output of a plan, as `PlanDocuments` declares them: the district plan, one
/// handout and calendar per school, calendars, spreadsheets and the planned structure as JSON.
/// Nothing is written here; `OutputDirectory` writes the files once all of them rendered.
public struct HandoutRenderer: Sendable {
    public var templates: TemplateSet
    /// The language the pages are written in; the staff pages ship in English.
    public var wording: Wording

    public init(templates: TemplateSet, wording: Wording = .english) {
        self.templates = templates
        self.wording = wording
    }

    public struct Output: Sendable {
        /// Paths relative to the output folder, in a fixed order.
        public var files: [(path: String, contents: String)]
        public var diagnostics: [Diagnostic]
    }

    public func render(_ plan: ImprovementPlan) -> Output {
        let input = PlanDocument.Input(plan, wording: wording, templates: templates.overrides)
        // A language without its strings file stops the build, rather than pages half in another language.
        var made = PlanDocument.Made(diagnostics: input.wordingProblems)
        var documents = PlanDocuments.all[...]
        while let first = documents.first {
            // Per-school (or per-person) documents standing together are made school by school, in list order.
            let run = first.scope == .district ? documents.prefix(1) : documents.prefix { $0.scope == first.scope }
            documents = documents.dropFirst(run.count)
            let makers = run.map { $0.prepare(input, templates: templates) }
            for school in first.scope.ids(in: plan) {
                for make in makers {
                    let one = make(school)
                    made.files += one.files
                    made.diagnostics += one.diagnostics
                }
            }
        }
        // A missing variable used in several templates is one problem per place.
        var seen = Set<String>()
        let diagnostics = made.diagnostics.filter { seen.insert("\($0.location?.description ?? "") \($0.message)").inserted }
        // Pages a browser parses hold no control character, wherever their text came from.
        let files = made.files.map { file in
            file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") ? (path: file.path, contents: HTMLText.clean(file.contents)) : file
        }
        return Output(files: files, diagnostics: diagnostics)
    }
}
