import PlanwrightDocument
import PlanwrightPlanning

// The short words `status`, the handouts and the diff give a progress state, and why the as-of
// date is the one it is.

extension ProgressReport.DateSource {
    /// Why this date, for a reader who did not choose it.
    func explanation(_ w: Wording) -> String? {
        switch self {
        case .given: nil
        case .latestRecord: w(.progressAsOfLatestRecord)
        case .yearStart: w(.progressAsOfYearStart)
        }
    }
}

extension MilestoneProgress.State {
    func label(_ w: Wording) -> String {
        switch self {
        case .done: w(.progressStateDone)
        case .onTrack: w(.progressStateOnTrack)
        case .late: w(.progressStateLate)
        case .atRisk: w(.progressStateAtRisk)
        }
    }
}

extension MeasureProgress.Trend {
    func label(_ w: Wording) -> String {
        switch self {
        case .noData: w(.measureTrendNoData)
        case .met: w(.measureTrendMet)
        case .onPace: w(.measureTrendOnPace)
        case .behind: w(.measureTrendBehind)
        case .missed: w(.measureTrendMissed)
        }
    }
}
