import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The sentences plan.json (and the diff's and status's JSON) keep for their readers, worded as
/// the pages word them, in English: JSON is read by programs and stays one language.
struct PlanSentenceWords: PlanSentences {
    func why(name: String, current: String, target: String, gap: Int, weight: Double, reasons: [PriorityReason]) -> String {
        PriorityReasonWords.why(standing: PriorityReasonWords.standing(name: name, current: current, target: target, gap: gap, weight: weight, .english),
                                reasons: reasons, .english)
    }

    func reason(_ milestone: MilestoneProgress, in context: ProgressContext) -> String {
        ProgressReasonWords.sentence(milestone, dates: PeopleDates(year: context.year), .english)
    }

    func reason(_ session: SessionProgress, in context: ProgressContext) -> String {
        SessionProgressWords.reason(session, dates: PeopleDates(year: context.year), .english)
    }

    func summary(_ measure: MeasureProgress, in context: ProgressContext) -> String {
        MeasureSummaryWords.summary(measure, asOf: context.asOf, dates: PeopleDates(year: context.year), .english)
    }

    func reason(_ window: TrainingWindow) -> String { TrainingWindowWords.reason(window.reason, .english) }

    func reason(_ session: UnplacedSession) -> String { UnplacedSessionWords.reason(session, .english) }

    func audience(_ programme: TrainingProgramme) -> String { ProgrammeWords.audience(programme, .english) }

    func title(_ programme: TrainingProgramme) -> String { ProgrammeWords.title(programme, .english) }

    func name(_ track: PlannedTrack) -> String { TrackWords.name(track, .english) }

    func title(_ milestone: MilestoneTitle) -> String { Wording.english.title(milestone) }

    func name(_ cycle: CycleName) -> String { Wording.english.name(cycle) }

    func item(_ cost: CostItem) -> String { Wording.english.item(cost) }
}
