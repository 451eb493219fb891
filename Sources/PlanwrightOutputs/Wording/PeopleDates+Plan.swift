import PlanwrightModel
import PlanwrightPlanning

extension PeopleDates {
    /// The dates of a planned result's school year, written as its outputs write them.
    package init(_ plan: ImprovementPlan) {
        self.init(year: plan.start...max(plan.start, plan.end))
    }
}
