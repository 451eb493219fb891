import PlanwrightModel
import PlanwrightPlanning

/// A held or late training session in words: `status`, the district plan's progress list and
/// plan.json say it this way.
enum SessionProgressWords {
    static func reason(_ s: SessionProgress, dates: PeopleDates) -> String {
        let session = "session \(s.number) of group \(s.group)"
        switch s.state {
        case .held:
            return "\(session) was held on \(dates.day(s.planned))"
        case .late:
            let now = switch (s.date, s.noDayLeft) {
            case let (day?, _): "re-placed on \(dates.day(day))"
            case let (nil, .windowEnded(end)?): "the training window ended on \(dates.day(end))"
            case let (nil, .noFittingDayBefore(end)?): "no fitting day is left for it before \(dates.day(end))"
            // The planner says why whenever it finds no day; the words still read if it did not.
            case (nil, nil): "no day is left for it"
            }
            return "\(session) was due on \(dates.day(s.planned)) and is not recorded as held; \(now)"
        }
    }
}
