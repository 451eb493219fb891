import PlanwrightModel
import PlanwrightPlanning

/// A milestone's progress in one sentence a leader can read aloud: `status`, the handouts and
/// plan.json say it this way.
enum ProgressReasonWords {
    static func sentence(_ m: MilestoneProgress, dates: PeopleDates) -> String {
        switch m.reason {
        case let .done(on):
            return on.map { "Done on \(dates.day($0))." } ?? "Done."
        case let .late(behind, status, blockedBecause):
            // Late work that never began reads "not started": "planned" would say nothing is wrong.
            let started = status == .planned ? "not started" : blockedBecause.map { "blocked: \($0)" } ?? status.words
            // Work in progress keeps going to the as-of date at least; how much is left, the plan does not say.
            let replanned = status == .inProgress ? "to end on \(dates.day(m.end)) at the earliest" : "to end on \(dates.day(m.end))"
            return "Was to end on \(dates.day(m.plannedEnd)) and is \(schoolDays(behind)) late (\(started)); re-planned \(replanned)."
        case let .atRisk(problem):
            return "At risk: \(problem)."
        case let .markedBlocked(because?):
            return "Marked blocked: \(because). It was to end on \(dates.day(m.plannedEnd)); move its dates if it cannot wait."
        case .markedBlocked(nil):
            return "Marked blocked; it was to end on \(dates.day(m.plannedEnd)). Say what unblocks it, or move its dates."
        case let .onTrack(inProgress, later):
            let timing = inProgress ? "In progress, to end on \(dates.day(m.end))" : "Starts on \(dates.day(m.start)), ends on \(dates.day(m.end))"
            switch later {
            case nil: return timing + "."
            case let .waitingFor(milestone)?:
                return timing + ": \(schoolDays(m.slip)) later than planned, waiting for '\(milestone)'."
            case let .unfinishedWork(asOf)?:
                return timing + ": \(schoolDays(m.slip)) later than planned, since unfinished work cannot be done before \(dates.day(asOf))."
            }
        }
    }

    static func schoolDays(_ count: Int) -> String { count == 1 ? "1 school day" : "\(count) school days" }
}
