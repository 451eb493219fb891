import PlanwrightDocument

extension PlanDecoder {
    /// `tools: {import: {file, as_of, columns}}`: the report's file is recorded for the import
    /// step, which reads it by the rules every file a plan names is read by and merges its apps
    /// into the inventory once the plan's schools are known.
    func decodeToolsImport(_ node: YAMLNode) {
        guard let fields = reader.fields(of: node, PlanShapes.toolsImport) else { return }
        let file = fields["file"].flatMap { node in reader.text(node, fields.describing("file")).map { namedFile($0, at: node.location) } }
        let asOf = reader.located(fields, "as_of")
        var columns: [AppReportField: Located<String>] = [:]
        if let node = fields["columns"], let mapped = reader.fields(of: node, PlanShapes.appReportColumns) {
            for field in AppReportField.allCases {
                guard let value = mapped[field.rawValue], let header = reader.text(value, mapped.describing(field.rawValue)) else { continue }
                columns[field] = Located(header, at: value.location)
            }
        }
        guard let file, let asOf else { return }
        imports.appReport = ImportRequests.AppReportRequest(file: file, asOf: asOf, columns: columns)
    }
}
