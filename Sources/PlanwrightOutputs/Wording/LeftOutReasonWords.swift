import PlanwrightDocument
import PlanwrightModel

/// Why an imported event was left out, as `planwright calendar` says it to a leader checking
/// the import against the board-approved calendar. Those that might be a day off or a staff day
/// end "check it": the import warned about each at its line.
enum LeftOutReasonWords {
    static func words(_ reason: LeftOutReason, _ w: Wording = .english) -> String {
        switch reason {
        case .builtInRuleSaysNothing: w(.leftOutBuiltInRule)
        case .planRuleSaysNothing: w(.leftOutPlanRule)
        case let .heldOnHoliday(event): w(.leftOutHeldAtSchool, ["event": event])
        case .unsureHoliday: w(.leftOutUnsureHoliday)
        case .timedClosure: w(.leftOutTimedClosure)
        case .timedPDDay: w(.leftOutTimedPDDay)
        case .noRule: w(.leftOutNoRule)
        }
    }
}
