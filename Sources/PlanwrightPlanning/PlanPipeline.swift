import PlanwrightDocument
import PlanwrightModel

/// Load, check and plan one plan file: what `check` and `plan` run before they report.
public struct PlanPipeline: Sendable {
    public var loader: PlanLoader
    public var planner: Planner

    public init(loader: PlanLoader = PlanLoader(), planner: Planner = Planner()) {
        self.loader = loader
        self.planner = planner
    }

    public struct Result: Sendable {
        public var plan: Plan?
        /// Set when the plan decoded cleanly, even if planning found errors (such as a missed due date).
        public var improvementPlan: ImprovementPlan?
        /// Problems from every stage, in source order.
        public var diagnostics: [Diagnostic]
        public var sources: [SourceText]
        public var unreadable: Bool

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    public func run(path: String) -> Result {
        finish(loader.load(path: path))
    }

    public func run(_ source: SourceText) -> Result {
        finish(loader.load(source))
    }

    private func finish(_ loaded: PlanLoader.Result) -> Result {
        guard let plan = loaded.plan else {
            return Result(plan: nil, improvementPlan: nil, diagnostics: loaded.diagnostics, sources: loaded.sources, unreadable: loaded.unreadable)
        }
        let planned = planner.plan(plan)
        return Result(plan: plan, improvementPlan: planned, diagnostics: DiagnosticCollector.merging(loaded.diagnostics, planned.diagnostics),
                      sources: loaded.sources, unreadable: false)
    }
}
