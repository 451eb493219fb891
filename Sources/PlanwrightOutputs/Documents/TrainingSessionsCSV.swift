extension PlanDocument {
    static let trainingSessionsCSV = PlanDocument(scope: .district, contents: .text(
        path: "training-sessions.csv",
        write: { input in { _ in CSVExport.trainingSessions(input.plan) } }))
}
