import PlanwrightModel

/// Why an imported event was left out, as `planwright calendar` says it to a leader checking
/// the import against the board-approved calendar. Those that might be a day off or a staff day
/// end "check it": the import warned about each at its line.
enum LeftOutReasonWords {
    static func words(_ reason: LeftOutReason) -> String {
        switch reason {
        case .builtInRuleSaysNothing: "a built-in rule says it changes nothing"
        case .planRuleSaysNothing: "the plan's rule says it changes nothing"
        case let .heldOnHoliday(event): "an event held at school (it says '\(event)'), not a day off"
        case .unsureHoliday: "names a holiday but says more than a day off does; check it"
        case .timedClosure: "a timed event, so not a day off; check it"
        case .timedPDDay: "a timed event, so not a PD day; check it"
        case .noRule: "no rule knows its words"
        }
    }
}
