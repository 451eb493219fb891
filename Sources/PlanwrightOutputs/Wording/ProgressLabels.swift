import PlanwrightDocument
import PlanwrightModel
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

    /// "3 done", "1 late": a count of milestones in this state, agreeing with the count by the
    /// language's rule ("1 terminado", "3 terminados"), never a number glued to `label`.
    func count(_ n: Int, _ w: Wording) -> String {
        switch self {
        case .done: w.count(.progressCountDone, n)
        case .onTrack: w.count(.progressCountOnTrack, n)
        case .late: w.count(.progressCountLate, n)
        case .atRisk: w.count(.progressCountAtRisk, n)
        }
    }

    /// Every state's count, as the progress lines' `{done}`, `{on_track}`, `{late}` and `{at_risk}`.
    static func counts(_ n: (Self) -> Int, _ w: Wording) -> [String: String] {
        ["done": done.count(n(.done), w), "on_track": onTrack.count(n(.onTrack), w),
         "late": late.count(n(.late), w), "at_risk": atRisk.count(n(.atRisk), w)]
    }
}

extension MilestoneStatus {
    /// A milestone's recorded status as a table's tag says it: "in progress", "blocked".
    func label(_ w: Wording) -> String {
        switch self {
        case .planned: w(.milestoneStatusPlanned)
        case .inProgress: w(.progressWorkInProgress)
        case .done: w(.progressStateDone)
        case .blocked: w(.progressWorkBlocked)
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
