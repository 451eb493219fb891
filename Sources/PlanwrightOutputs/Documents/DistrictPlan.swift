import PlanwrightDocument

extension PlanDocument {
    /// The district plan, with the plan's warnings, as Markdown and HTML.
    static let districtPlan = PlanDocument(scope: .district, contents: .templates(
        [Rendered(template: "plan.md", path: "plan.md"), Rendered(template: "plan.html", path: "plan.html")],
        about: Message("template_view_plan"),
        view: { input in
            let plan = input.plan
            let view = HandoutViews.plan(plan, warnings: plan.diagnostics.filter { $0.severity == .warning }, people: input.people, words: input.wording)
            return { _ in view }
        }))
}
