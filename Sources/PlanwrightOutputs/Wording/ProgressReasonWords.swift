import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// A milestone's progress in one sentence a leader can read aloud: `status`, the handouts and
/// plan.json say it this way, in the wording's language.
enum ProgressReasonWords {
    static func sentence(_ m: MilestoneProgress, dates: PeopleDates, _ w: Wording) -> String {
        switch m.reason {
        case let .done(on):
            return on.map { w(.progressDoneOn, ["date": w.day($0, in: dates)]) } ?? w(.progressDone)
        case let .late(behind, status, blockedBecause):
            let replanned = w(status == .inProgress ? .progressReplannedToEndEarliest : .progressReplannedToEnd, ["date": w.day(m.end, in: dates)])
            return w(.progressLate, ["planned_end": w.day(m.plannedEnd, in: dates), "behind": w.count(.schoolDays, behind),
                                     "work": lateWork(status, blockedBecause: blockedBecause, w), "replanned": replanned])
        case let .atRisk(problem):
            return w(.progressAtRisk, ["problem": w.say(problem)])
        case let .markedBlocked(because?):
            return w(.progressMarkedBlockedBecause, ["because": because, "date": w.day(m.plannedEnd, in: dates)])
        case .markedBlocked(nil):
            return w(.progressMarkedBlocked, ["date": w.day(m.plannedEnd, in: dates)])
        case let .onTrack(inProgress, later):
            let timing = inProgress ? w(.progressInProgress, ["end": w.day(m.end, in: dates)])
                : w(.progressStartsAndEnds, ["start": w.day(m.start, in: dates), "end": w.day(m.end, in: dates)])
            switch later {
            case nil:
                return w(.progressOnTrack, ["timing": timing])
            case let .waitingFor(milestone)?:
                return w(.progressLaterWaiting, ["timing": timing, "days": w.count(.schoolDays, m.slip), "milestone": milestone])
            case let .unfinishedWork(asOf)?:
                return w(.progressLaterUnfinished, ["timing": timing, "days": w.count(.schoolDays, m.slip), "date": w.day(asOf, in: dates)])
            }
        }
    }

    /// How late work stood. Work that never began reads "not started": "planned" would say
    /// nothing is wrong.
    private static func lateWork(_ status: MilestoneStatus, blockedBecause: String?, _ w: Wording) -> String {
        if let blockedBecause, status != .planned { return w(.progressWorkBlockedBecause, ["because": blockedBecause]) }
        switch status {
        case .planned: return w(.progressWorkNotStarted)
        case .inProgress: return w(.progressWorkInProgress)
        case .blocked: return w(.progressWorkBlocked)
        case .done: return w(.progressStateDone)
        }
    }
}
