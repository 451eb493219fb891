import PlanwrightDocument
import PlanwrightPlanning

extension UnplacedSession.Cause {
    /// What a leader can do about a session with no day, as `status` says it: the planner
    /// records why, the words live with the outputs.
    func advice(_ w: Wording = .english) -> String {
        switch self {
        case .noDayInWindow: w(.unplacedNoDayInWindow)
        case .noSchoolDay: w(.unplacedNoSchoolDay)
        case .windowEnded: w(.unplacedWindowEnded)
        case .clash: w(.unplacedClash)
        case .tooFewDays: w(.unplacedTooFewDays)
        }
    }
}
