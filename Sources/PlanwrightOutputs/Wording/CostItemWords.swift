import PlanwrightDocument
import PlanwrightPlanning

extension Wording {
    /// A cost's item in this language: the plan's words, or a cost the planner added
    /// ("Champion stipends", "Estipendios de líderes de tecnología").
    public func item(_ item: CostItem) -> String { say(item.phrase) }
}
