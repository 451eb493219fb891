import PlanwrightPlanning

extension PlanDocument {
    /// Every budget line, for the business office.
    static let budgetCSV = PlanDocument(scope: .district, contents: .text(
        path: "budget.csv",
        write: { input in { _ in CSVExport.budget(input.plan, people: input.people) } }))
}
