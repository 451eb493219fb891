extension PlanDocument {
    static let trainingSessionsCSV = PlanDocument(scope: .district, contents: .text(
        path: "training-sessions.csv",
        write: { plan in { _ in CSVExport.trainingSessions(plan) } }))
}
