import PlanwrightModel

/// `plan.json` keeps the sentences its readers have always had (a priority's `why`, a
/// milestone's progress `reason`, a measure's `summary`, a training window's and an unplaced
/// session's `reason`), but the planned result holds facts:
/// JSON is an output, so the outputs hand the encoder their words for those facts here.
public protocol PlanSentences: Sendable {
    /// A priority's why: where it stands and aims (its name, levels, gap and weight) and its reasons.
    func why(name: String, current: String, target: String, gap: Int, weight: Double, reasons: [PriorityReason]) -> String
    /// A milestone's progress reason, in its report's context.
    func reason(_ milestone: MilestoneProgress, in context: ProgressContext) -> String
    /// A training session's progress (held, or late), in its report's context.
    func reason(_ session: SessionProgress, in context: ProgressContext) -> String
    /// A measure's values against its pace, in its report's context.
    func summary(_ measure: MeasureProgress, in context: ProgressContext) -> String
    /// Why a training programme's window has its dates.
    func reason(_ window: TrainingWindow) -> String
    /// Why a training session found no day.
    func reason(_ session: UnplacedSession) -> String
    /// Whom a training programme trains: "grades 6–12, at Westbrook Middle School"; empty for everyone.
    func audience(_ programme: TrainingProgramme) -> String
    /// The district-wide programme's title, which no milestone gives it.
    func title(_ programme: TrainingProgramme) -> String
    /// A default training track's name, which the plan does not write.
    func name(_ track: PlannedTrack) -> String
    /// A milestone's title the planner added (a pilot, a go/no-go, a cycle's review).
    func title(_ milestone: MilestoneTitle) -> String
    /// A cycle's name the plan does not write ("Cycle 2").
    func name(_ cycle: CycleName) -> String
    /// A cost's item the planner added ("Champion stipends").
    func item(_ cost: CostItem) -> String
}

extension CodingUserInfoKey {
    /// The `PlanSentences` an encoder of the planned result writes sentence fields with; without
    /// one, those fields are left out.
    public static let planSentences = CodingUserInfoKey(rawValue: "planwright.planSentences")!
}

extension Encoder {
    public var planSentences: (any PlanSentences)? { userInfo[.planSentences] as? any PlanSentences }
}
