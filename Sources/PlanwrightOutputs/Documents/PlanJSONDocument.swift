extension PlanDocument {
    /// The full planned structure, for other tools and for diffs.
    static let planJSON = PlanDocument(scope: .district, contents: .text(
        path: "plan.json",
        write: { input in { _ in try PlanJSON.encode(input.plan) } }))
}
