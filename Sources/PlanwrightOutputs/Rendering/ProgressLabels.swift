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

    /// "3 done", "31 on track": the count with its label agreeing by the language's rule.
    func counted(_ n: Int, _ w: Wording) -> String {
        switch self {
        case .done: w.count(.statusCountDone, n)
        case .onTrack: w.count(.statusCountOnTrack, n)
        case .late: w.count(.statusCountLate, n)
        case .atRisk: w.count(.statusCountAtRisk, n)
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
