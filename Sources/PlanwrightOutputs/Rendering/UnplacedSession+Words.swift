import PlanwrightPlanning

extension UnplacedSession.Cause {
    /// What a leader can do about a session with no day, as `status` says it: the planner
    /// records why, the words live with the outputs.
    var advice: String {
        switch self {
        case .noDayInWindow:
            "leave PD or early-release days before the rollout (a later not_before on it)"
        case .noSchoolDay: "widen the training window to take in school days"
        case .windowEnded: "if it took place, record it under training: held; otherwise plan a make-up before staff use the tool"
        case .clash: "move the session its people are in, or add PD or early-release days in the window"
        case .tooFewDays: "add PD or early-release days in the window, or plan fewer sessions"
        }
    }
}
