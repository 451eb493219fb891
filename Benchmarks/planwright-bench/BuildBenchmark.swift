import PlanwrightKit

/// Rendering every output of the state-scale plan (2,000 school handouts in Markdown, HTML and
/// iCalendar, the district plan, CSV and JSON), beside the time to load the same plan.
enum BuildBenchmark {
    static func run(repetitions: Int) {
        let source = SourceText(path: "state.yaml", bytes: Array(StatePlan.yaml().utf8))
        guard let templates = TemplateSet.load().templates else { print("the built-in templates did not load"); return }
        var plan: Plan?
        let load = best(of: repetitions) { plan = PlanLoader().load(source).plan }
        guard let plan else { print("the state plan did not load"); return }
        var planned: ImprovementPlan?
        let planning = best(of: repetitions) { planned = Planner().plan(plan) }
        var files = 0, bytes = 0
        let render = best(of: max(1, repetitions / 2)) {
            let output = HandoutRenderer(templates: templates).render(planned!)
            files = output.files.count
            bytes = output.files.reduce(0) { $0 + $1.contents.utf8.count }
        }
        print("state plan: load \(format(load)), plan \(format(planning)), render \(format(render)) (\(files) files, \(bytes / 1_000_000) MB)")
    }
}
