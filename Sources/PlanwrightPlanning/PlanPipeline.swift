import PlanwrightDocument
import PlanwrightImports
import PlanwrightModel

/// Load, check and plan one plan file: what `check` and `plan` run before they report.
public struct PlanPipeline: Sendable {
    public var loader: PlanLoader
    public var planner: Planner

    public init(loader: PlanLoader = PlanLoader(), planner: Planner = Planner()) {
        self.loader = loader
        self.planner = planner
    }

    public struct Run: Sendable {
        public var plan: Plan?
        /// Set when the plan decoded cleanly, even if planning found errors (such as a missed due date).
        public var improvementPlan: ImprovementPlan?
        public var unreadable: Bool
    }

    /// The run, with problems from every stage in source order.
    public typealias Result = Checked<Run>

    public func run(path: String) -> Result {
        finish(loader.load(path: path))
    }

    public func run(_ source: SourceText) -> Result {
        finish(loader.load(source))
    }

    private func finish(_ loaded: PlanLoader.Result) -> Result {
        guard let plan = loaded.plan else {
            return loaded.map { Run(plan: nil, improvementPlan: nil, unreadable: $0.unreadable) }
        }
        var planned = planner.plan(plan)
        // Outputs read only the ImprovementPlan, so it carries the loader's warnings (imports,
        // calendar) with planning's: one list, the same wherever warnings are shown.
        planned.diagnostics = DiagnosticCollector.merging(loaded.diagnostics, planned.diagnostics)
        return Result(Run(plan: plan, improvementPlan: planned, unreadable: false),
                      diagnostics: planned.diagnostics, sources: loaded.sources)
    }
}
