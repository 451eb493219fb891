import PlanwrightDocument

extension PlanDecoder {
    /// `schools: {oneroster: folder, survey: file}`: schools and staff from a OneRoster export,
    /// with the equity flags and principals a roster does not carry added in the plan.
    func decodeRosterImport(_ node: YAMLNode) -> (schools: [School], staff: [StaffMember]) {
        guard let fields = reader.fields(of: node, PlanShapes.rosterImport), let folderNode = fields["oneroster"],
              let folder = reader.text(folderNode, fields.describe("oneroster")) else { return ([], []) }
        let survey = fields["survey"].flatMap { reader.text($0, fields.describe("survey")) }
        let roster = OneRosterReader(limits: frameworks.limits, inside: frameworks.access.tree(of: file))
        let read = roster.read(directory: relativeToPlan(folder), survey: survey.map(relativeToPlan), at: folderNode.location,
                               surveyAt: fields["survey"]?.location)
        reader.append(read.diagnostics)
        addSources(read.sources)

        var schools = read.schools
        let ids = schools.map(\.id)
        for (key, value) in reader.dictionary(fields, "needs_support") {
            guard let id = schoolID(key, among: ids, "needs_support"), let index = schools.firstIndex(where: { $0.id == id }) else { continue }
            if value.isSequence {
                schools[index].needsSupport = value.items.compactMap { reader.choice($0, "each need of school '\(id)'", as: SupportNeed.self) }
            } else if reader.boolean(value, "'needs_support' of school '\(id)'") == true {
                schools[index].needsSupport = [.general]
            }
        }
        for (key, value) in reader.dictionary(fields, "principals") {
            guard let id = schoolID(key, among: ids, "principals"), let index = schools.firstIndex(where: { $0.id == id }) else { continue }
            schools[index].principal = reader.text(value, "the principal of school '\(id)'")
        }
        return (schools, read.staff)
    }

    private func schoolID(_ key: YAMLNode, among ids: [String], _ section: String) -> String? {
        guard let id = reader.identifier(key, "a school id under '\(section)'") else { return nil }
        guard ids.contains(id) else {
            reader.error("'\(section)' names school '\(id)', but the OneRoster import has no such school\(Suggestion.didYouMean(id, in: ids))", at: key)
            return nil
        }
        return id
    }

    private func relativeToPlan(_ path: String) -> String { SourceFiles.path(path, relativeTo: file) }
}
