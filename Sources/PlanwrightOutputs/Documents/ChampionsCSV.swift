import PlanwrightPlanning

extension PlanDocument {
    static let championsCSV = PlanDocument(scope: .district, contents: .text(
        path: "champions.csv",
        write: { input in { _ in CSVExport.champions(input.plan, people: input.people) } }))
}
