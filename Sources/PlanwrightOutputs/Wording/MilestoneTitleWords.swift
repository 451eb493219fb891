import PlanwrightDocument
import PlanwrightPlanning

extension Wording {
    /// A milestone's title in this language: the plan's words as written, the planner's own
    /// (a pilot or go/no-go it added, a cycle's review) from the strings file.
    public func title(_ title: MilestoneTitle) -> String { say(title.phrase) }
}
