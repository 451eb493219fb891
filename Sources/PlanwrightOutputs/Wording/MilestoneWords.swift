import PlanwrightDocument
import PlanwrightModel

/// A milestone's kind as a reader says it: "rollout", "go/no-go" in the page's language. English
/// writes the plan's own word.
enum MilestoneKindWords {
    static func name(_ kind: MilestoneKind, _ w: Wording) -> String {
        switch kind {
        case .pilot: w(.milestoneKindPilot)
        case .gate: w(.milestoneKindGate)
        case .rollout: w(.milestoneKindRollout)
        case .training: w(.milestoneKindTraining)
        case .review: w(.milestoneKindReview)
        case .task: w(.milestoneKindTask)
        }
    }
}

/// A milestone's status as a reader says it ("in progress", not "in_progress"), in the page's
/// language; English reads as `MilestoneStatus.words`.
enum MilestoneStatusWords {
    static func name(_ status: MilestoneStatus, _ w: Wording) -> String {
        switch status {
        case .planned: w(.milestoneStatusPlanned)
        case .inProgress: w(.milestoneStatusInProgress)
        case .done: w(.milestoneStatusDone)
        case .blocked: w(.milestoneStatusBlocked)
        }
    }
}
