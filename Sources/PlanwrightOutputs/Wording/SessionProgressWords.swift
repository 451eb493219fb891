import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// A held or late training session in words: `status`, the district plan's progress list and
/// plan.json say it this way, in the wording's language.
enum SessionProgressWords {
    static func reason(_ s: SessionProgress, dates: PeopleDates, _ w: Wording) -> String {
        let session = ["number": w.number(s.number), "group": s.group, "date": w.day(s.planned, in: dates)]
        switch s.state {
        case .held:
            return w(.sessionWasHeld, session)
        case .late:
            let now = switch (s.date, s.noDayLeft) {
            case let (day?, _): w(.sessionNowReplaced, ["date": w.day(day, in: dates)])
            case let (nil, .windowEnded(end)?): w(.sessionNowWindowEnded, ["date": w.day(end, in: dates)])
            case let (nil, .noFittingDayBefore(end)?): w(.sessionNowNoFittingDay, ["date": w.day(end, in: dates)])
            // The planner says why whenever it finds no day; the words still read if it did not.
            case (nil, nil): w(.sessionNowNoDay)
            }
            return w(.sessionLate, session.merging(["now": now]) { $1 })
        }
    }
}
