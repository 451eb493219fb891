import PlanwrightDocument
import PlanwrightPlanning

/// Why a training programme's window has its dates, as the district plan, the terminal and
/// plan.json say it: "after go/no-go 'lms-gate', before rollout 'lms-rollout'".
enum TrainingWindowWords {
    static func reason(_ reason: TrainingWindow.Reason, _ w: Wording) -> String {
        switch reason {
        case .firstCycle: w(.windowFirstCycle)
        case let .duringTraining(training, rollout): w(.windowDuringTraining, ["training": training, "rollout": rollout])
        case let .afterGate(gate, rollout): w(.windowAfterGate, ["gate": gate, "rollout": rollout])
        case let .beforeRollout(rollout): w(.windowBeforeRollout, ["rollout": rollout])
        case let .during(training): w(.windowDuring, ["training": training])
        }
    }
}
