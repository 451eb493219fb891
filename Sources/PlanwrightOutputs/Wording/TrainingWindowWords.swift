import PlanwrightDocument
import PlanwrightPlanning

/// Why a training programme's window has its dates, as the district plan, the terminal and
/// plan.json say it: "after go/no-go 'lms-gate', before rollout 'lms-rollout'" (the planner's
/// phrase, `TrainingWindow.Reason.phrase`, which the checks' warnings carry too).
enum TrainingWindowWords {
    static func reason(_ reason: TrainingWindow.Reason, _ w: Wording) -> String { w.say(reason.phrase) }
}
