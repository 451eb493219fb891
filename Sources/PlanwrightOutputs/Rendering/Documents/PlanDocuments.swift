/// Every output of a build, in the order its files are written (the manifest lists them so).
///
/// Per-school documents that stand together are written school by school: one school's
/// handout, people page and calendar side by side, then the next school's.
enum PlanDocuments {
    static let all: [PlanDocument] = [
        .districtPlan, .schoolHandout, .schoolPeople, .schoolCalendar, .districtCalendar,
        .personCalendar,
        .milestonesCSV, .trainingGroupsCSV, .trainingSessionsCSV, .championsCSV, .budgetCSV,
        .planJSON,
    ]

    /// The templates a set must have for every document to render.
    static var templates: [String] { all.flatMap(\.templates) }
}
