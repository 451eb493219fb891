import PlanwrightPlanning

// The short words `status`, the handouts and the diff give a progress state, and why the as-of
// date is the one it is.

extension ProgressReport.DateSource {
    /// Why this date, for a reader who did not choose it.
    var explanation: String? {
        switch self {
        case .given: return nil
        case .latestRecord: return "the latest date the plan records progress"
        case .yearStart: return "the first day of school; the plan records no progress yet"
        }
    }
}

extension MilestoneProgress.State {
    var label: String {
        switch self {
        case .done: return "done"
        case .onTrack: return "on track"
        case .late: return "late"
        case .atRisk: return "at risk"
        }
    }
}

extension MeasureProgress.Trend {
    var label: String {
        switch self {
        case .noData: return "no data yet"
        case .met: return "target met"
        case .onPace: return "on pace"
        case .behind: return "behind"
        case .missed: return "missed"
        }
    }
}
