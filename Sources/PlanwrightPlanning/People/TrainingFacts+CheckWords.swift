import PlanwrightDocument
import PlanwrightModel

// The diff's window spans and track names still say these facts in English, written here; the
// checks' warnings, pages, `status` and plan.json word them from the strings files through the
// phrases of `TrainingFacts+Phrases.swift`.

extension TrainingWindow.Reason {
    /// "after go/no-go 'lms-gate', before rollout 'lms-rollout'", for the diff.
    package var inEnglish: String {
        switch self {
        case .firstCycle: "no rollout is planned, so training goes in the first cycle"
        case let .duringTraining(training, rollout): "during '\(training)', before rollout '\(rollout)'"
        case let .afterGate(gate, rollout): "after go/no-go '\(gate)', before rollout '\(rollout)'"
        case let .beforeRollout(rollout): "before rollout '\(rollout)'"
        case let .during(training): "during '\(training)'"
        }
    }
}

extension PlannedTrack {
    static let defaultNamesInEnglish = ["getting-started": "Getting started", "building-fluency": "Building fluency", "leading": "Leading"]

    /// The plan's name for it, or a default track's English name, for the diff.
    package var nameInEnglish: String { name ?? Self.defaultNamesInEnglish[id] ?? id }
}
