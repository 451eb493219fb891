import PlanwrightDocument

extension PlanDocument {
    /// One page per school, as Markdown and HTML, counting its coming weeks from the plan's
    /// as-of date (see `Planner.asOf`), so the same plan always gives the same bytes.
    static let schoolHandout = PlanDocument(scope: .eachSchool, contents: .templates(
        [Rendered(template: "school.md", path: "schools/{school}.md"), Rendered(template: "school.html", path: "schools/{school}.html")],
        about: Message("template_view_school_handout"),
        view: { input in
            let index = HandoutViews.Index(input.plan, people: input.people, schoolFiles: input.schoolFiles, words: input.wording)
            return { school in HandoutViews.school(school ?? "", in: input.plan, index: index) }
        }))
}
