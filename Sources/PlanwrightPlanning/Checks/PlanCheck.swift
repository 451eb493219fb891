import PlanwrightDocument
import PlanwrightModel

/// One piece of advice about a finished plan: it reads what the planner made and says what a
/// district should change, pointing at the place in the plan file where it can be fixed.
protocol PlanCheck: Sendable {
    func diagnostics(in context: CheckContext) -> [Diagnostic]
}

/// What checks read: the plan as written and everything the planner made of it. Checks run
/// after all planning, so a check about champions or training sits beside the schedule's.
struct CheckContext {
    let plan: Plan
    /// Dated milestones in schedule order.
    let milestones: [ScheduledMilestone]
    /// Goals with unfinished work in each cycle.
    let goalsByCycle: [Int: Set<String>]
    let cycles: [PlannedCycle]
    let champions: ChampionPlan
    let training: TrainingPlan
    let budget: PlannedBudget
    /// Whom a scope reaches, and which schools: the planner's one lookup of each.
    let scopeStaff: ScopeStaff
    let scopeSchools: ScopeSchools
    /// The school days the planner scheduled on, so a check counts days without building another.
    let calendar: SchoolCalendar
    /// Each milestone judged on the as-of date (its planned dates beside the re-planned ones), by id.
    var progress: [String: MilestoneProgress] = [:]
    /// The date progress is judged on and unfinished work re-planned from.
    var asOf: SchoolDate? = nil
    /// Every pilot's group, listed or proposed.
    var pilots: [PilotGroup] = []
    /// The district's tools and what the planner found about them; nil when the plan lists none.
    var ecosystem: PlannedEcosystem? = nil
}
