/// Every output of a build, in the order its files are written (the manifest lists them so).
///
/// Per-school documents that stand together are written school by school: one school's
/// handout, people page and calendar side by side, then the next school's.
enum PlanDocuments {
    static let all: [PlanDocument] = [
        .districtPlan, .boardPage, .schoolHandout, .schoolPeople, .schoolCalendar, .familyPage, .studentPage, .districtCalendar,
        .personCalendar,
        .milestonesCSV, .trainingGroupsCSV, .trainingSessionsCSV, .championsCSV, .budgetCSV,
        .planJSON,
    ]

    /// The most bytes a document adds to an id in its file's name (`-people.html`), so that
    /// `OutputFileNames` keeps every name within the 255 bytes file systems allow.
    static let longestNameEnding: Int = [PlanDocument.Scope.eachSchool, .eachPerson].flatMap(nameEndings).map(\.utf8.count).max() ?? 0

    /// What the documents of `scope` add to an id's file name: `.md`, `-people.html`, `.ics`.
    static func nameEndings(_ scope: PlanDocument.Scope) -> [String] {
        guard let placeholder = scope.placeholder else { return [] }
        return all.filter { $0.scope == scope }.flatMap(\.patterns).compactMap { pattern in
            let name = pattern.split(separator: "/").last.map(String.init) ?? pattern
            // A language code is two letters (ISO 639-1): "-family.xx.html" is as long as any.
            let ending = name.replacingOccurrences(of: PlanDocument.languagePlaceholder, with: "xx")
            return ending.hasPrefix(placeholder) ? String(ending.dropFirst(placeholder.count)) : nil
        }
    }

    /// The templates a set must have for every document to render.
    static var templates: [String] { all.flatMap(\.templates) }
}
