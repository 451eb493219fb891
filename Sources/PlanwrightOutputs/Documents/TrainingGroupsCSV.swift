import PlanwrightPlanning

extension PlanDocument {
    static let trainingGroupsCSV = PlanDocument(scope: .district, contents: .text(
        path: "training-groups.csv",
        write: { input in { _ in CSVExport.trainingGroups(input.plan, people: input.people) } }))
}
