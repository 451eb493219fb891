import PlanwrightDocument
import PlanwrightPlanning

extension Wording {
    /// A cycle's name in this language: the plan's, or its number ("Cycle 2", "Ciclo 2").
    public func name(_ cycle: CycleName) -> String { say(cycle.phrase) }
}
