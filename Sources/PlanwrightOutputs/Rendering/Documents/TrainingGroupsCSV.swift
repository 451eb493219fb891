import PlanwrightPlanning

extension PlanDocument {
    static let trainingGroupsCSV = PlanDocument(scope: .district, contents: .text(
        path: "training-groups.csv",
        write: { plan in { _ in CSVExport.trainingGroups(plan, people: PlannedPeople(plan)) } }))
}
