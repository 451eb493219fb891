extension PlanDocument {
    static let milestonesCSV = PlanDocument(scope: .district, contents: .text(
        path: "milestones.csv",
        write: { input in { _ in CSVExport.milestones(input.plan) } }))
}
