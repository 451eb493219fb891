import PlanwrightModel

extension MilestoneStatus {
    /// The status as a reader says it ("in progress", not "in_progress"), in the wording's
    /// language: every handout and report words it this one way. Files for tools (CSV, JSON)
    /// keep the raw value.
    func words(_ w: Wording) -> String {
        switch self {
        case .planned: w(.milestoneStatusPlanned)
        case .inProgress: w(.milestoneStatusInProgress)
        case .done: w(.milestoneStatusDone)
        case .blocked: w(.milestoneStatusBlocked)
        }
    }

    /// In English, for the diff and the calendar's descriptions, which are written in English.
    var words: String { words(.english) }
}
