import PlanwrightPlanning

extension PlanDocument {
    static let championsCSV = PlanDocument(scope: .district, contents: .text(
        path: "champions.csv",
        write: { plan in { _ in CSVExport.champions(plan, people: PlannedPeople(plan)) } }))
}
