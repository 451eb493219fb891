extension PlanDocument {
    static let milestonesCSV = PlanDocument(scope: .district, contents: .text(
        path: "milestones.csv",
        write: { plan in { _ in CSVExport.milestones(plan) } }))
}
