import PlanwrightPlanning

extension PlanDocument {
    /// The district's tools, for whoever keeps the inventory (and renews the licences).
    static let toolsCSV = PlanDocument(scope: .district, contents: .text(
        path: "tools.csv",
        write: { input in { _ in CSVExport.tools(input.plan) } }))
}
