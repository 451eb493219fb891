import PlanwrightDocument
import PlanwrightPlanning

/// Renders every output of a plan: the district plan and one handout per school (Markdown and
/// HTML), calendars, spreadsheets and the planned structure as JSON. Nothing is written here;
/// `OutputDirectory` writes the files once all of them rendered.
public struct HandoutRenderer: Sendable {
    public var templates: TemplateSet

    public init(templates: TemplateSet) { self.templates = templates }

    public struct Output: Sendable {
        /// Paths relative to the output folder, in a fixed order.
        public var files: [(path: String, contents: String)]
        public var diagnostics: [Diagnostic]
    }

    /// School handouts count their coming weeks from the plan's as-of date (see `Planner.asOf`),
    /// so the same plan always gives the same bytes.
    public func render(_ plan: ImprovementPlan) -> Output {
        let warnings = plan.diagnostics.filter { $0.severity == .warning }
        var files: [(String, String)] = []
        var diagnostics: [Diagnostic] = []
        func add(_ path: String, template: String, view: [String: any Sendable]) {
            let rendered = templates.render(template, view)
            diagnostics += rendered.diagnostics
            files.append((path, rendered.text))
        }
        let planView = HandoutViews.plan(plan, warnings: warnings)
        add("plan.md", template: "plan.md", view: planView)
        add("plan.html", template: "plan.html", view: planView)
        let index = HandoutViews.Index(plan)
        for school in plan.schools {
            let view = HandoutViews.school(school.id, in: plan, index: index)
            add("schools/\(school.id).md", template: "school.md", view: view)
            add("schools/\(school.id).html", template: "school.html", view: view)
            files.append(("schools/\(school.id).ics", ICalendarExport.school(school.id, in: plan)))
        }
        files.append(("calendar.ics", ICalendarExport.district(plan)))
        files += CSVExport.files(plan).map { ($0.name, $0.contents) }
        do {
            files.append(("plan.json", try PlanJSON.encode(plan)))
        } catch {
            // An error, so `build` writes nothing rather than a plan.json of `{}`.
            diagnostics.append(.error(error.description, at: nil))
        }
        // A missing variable used in several templates is one problem per place.
        var seen = Set<String>()
        diagnostics = diagnostics.filter { seen.insert("\($0.location?.description ?? "") \($0.message)").inserted }
        return Output(files: files, diagnostics: diagnostics)
    }
}
