/// Every output of a build, in the order its files are written (the manifest lists them so).
///
/// Per-school documents that stand together are written school by school: one school's
/// handout, people page and calendar side by side, then the next school's.
enum PlanDocuments {
    static let all: [PlanDocument] = [
        .districtPlan, .boardPage, .schoolHandout, .schoolPeople, .schoolCalendar, .familyPage, .studentPage, .districtCalendar,
        .personCalendar,
        .milestonesCSV, .trainingGroupsCSV, .trainingSessionsCSV, .championsCSV, .budgetCSV, .toolsCSV,
        .planJSON,
    ]

    /// The most bytes a document adds to an id in its file's name (`-people.html`), so that
    /// `OutputFileNames` keeps every name within the 255 bytes file systems allow.
    static let longestNameEnding: Int = [PlanDocument.Scope.eachSchool, .eachPerson].flatMap { nameEndings($0) }.map(\.utf8.count).max() ?? 0

    /// What the documents of `scope` add to an id's file name: `.md`, `-people.html`, `.ics`,
    /// and a translated page's once for each of `languages` (`-family.es.html`): a school
    /// `lincoln-family.es` beside `lincoln` would otherwise write its handout over the other's
    /// Spanish family page. The default, a code's two letters (ISO 639-1), is as long as any.
    static func nameEndings(_ scope: PlanDocument.Scope, languages: [String] = ["xx"]) -> [String] {
        guard let placeholder = scope.placeholder else { return [] }
        return all.filter { $0.scope == scope }.flatMap(\.patterns).flatMap { pattern -> [String] in
            let name = pattern.split(separator: "/").last.map(String.init) ?? pattern
            guard name.hasPrefix(placeholder) else { return [] }
            let ending = String(name.dropFirst(placeholder.count))
            guard ending.contains(PlanDocument.languagePlaceholder) else { return [ending] }
            return languages.map { ending.replacingOccurrences(of: PlanDocument.languagePlaceholder, with: $0) }
        }
    }

    /// The templates a set must have for every document to render.
    static var templates: [String] { all.flatMap(\.templates) }
}
