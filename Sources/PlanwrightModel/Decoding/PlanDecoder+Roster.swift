import PlanwrightDocument

extension PlanDecoder {
    /// `schools: {oneroster: folder, survey: file}`: schools and staff from a OneRoster export,
    /// with the equity flags and principals a roster does not carry added in the plan. The
    /// loader's import step reads the files; decoding records what they are.
    func decodeRosterImport(_ node: YAMLNode) {
        guard let fields = reader.fields(of: node, PlanShapes.rosterImport), let folderNode = fields["oneroster"],
              let folder = reader.text(folderNode, fields.describing("oneroster")) else { return }
        let survey = fields["survey"].flatMap { surveyNode in
            reader.text(surveyNode, fields.describing("survey")).map { namedFile($0, at: surveyNode.location) }
        }
        imports.roster = ImportRequests.RosterRequest(
            folder: namedFile(folder, at: folderNode.location), survey: survey,
            needsSupport: reader.dictionary(fields, "needs_support"), principals: reader.dictionary(fields, "principals"),
            delta: reader.choice(fields, "delta", as: DeltaExport.self) ?? .refuse)
        imports.roster?.homeLanguages = reader.dictionary(fields, "home_languages")
    }

    /// A file the plan names, relative to the plan file's folder.
    func namedFile(_ written: String, at location: SourceLocation) -> ImportRequests.NamedFile {
        ImportRequests.NamedFile(written: Located(written, at: location), path: SourceFiles.path(written, relativeTo: file))
    }
}
