import PlanwrightModel
import PlanwrightPlanning

/// Compares two planned versions of a plan. Both must have planned without errors.
public struct PlanDiffer: Sendable {
    /// One version: what the planner made of it, and the name to show for it.
    public struct Side: Sendable {
        public let planned: ImprovementPlan
        public let file: String
        let milestones: [String: ScheduledMilestone]
        let progress: [String: MilestoneProgress]

        public init(planned: ImprovementPlan, file: String) {
            self.planned = planned
            self.file = file
            milestones = Dictionary(planned.milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            progress = Dictionary(planned.progress.milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        var version: PlanDiff.Version {
            PlanDiff.Version(file: file, district: planned.district, start: planned.start, end: planned.end)
        }
    }

    public init() {}

    public func diff(_ old: Side, _ new: Side) -> PlanDiff {
        let acrossYears = SchoolYearName(starting: old.planned.start) != SchoolYearName(starting: new.planned.start)
        return PlanDiff(old: old.version, new: new.version,
                        milestones: MilestoneComparison(old: old, new: new, acrossYears: acrossYears).compare(),
                        priorities: PriorityComparison.compare(old.planned, new.planned),
                        assessment: AssessmentComparison.compare(old, new),
                        schools: PeopleComparison(old: old.planned, new: new.planned, acrossYears: acrossYears).compare(),
                        budget: BudgetComparison(old: old.planned, new: new.planned, acrossYears: acrossYears).compare(),
                        voices: VoicesComparison.compare(old.planned.voices, new.planned.voices),
                        pilots: PilotComparison.compare(old.planned, new.planned),
                        tools: ToolComparison.compare(old.planned.ecosystem, new.planned.ecosystem, acrossYears: acrossYears))
    }
}
