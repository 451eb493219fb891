import PlanwrightDocument
import PlanwrightModel

/// A state requires a number of days with students (180 in many states). A calendar short of
/// it is found by the board or the state after the year is approved; the plan says so now,
/// with the count, at the setting that asks for it.
struct MinimumInstructionalDays: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        guard let minimum = context.plan.year.minInstructionalDays else { return [] }
        // Built only for a plan that sets a minimum: the checks' context holds no calendar.
        let calendar = SchoolCalendar(year: context.plan.year)
        let days = calendar.instructionalDayCount
        guard days < minimum.value else { return [] }
        let short = minimum.value - days
        let pdDays = calendar.schoolDayCount - days
        let counted = "\(calendar.schoolDayCount) school \(calendar.schoolDayCount == 1 ? "day" : "days") less \(pdDays) PD \(pdDays == 1 ? "day" : "days")"
        return [.warning("the school year has \(days) instructional \(days == 1 ? "day" : "days") (\(counted)), \(short) fewer than the \(minimum.value) 'min_instructional_days' requires; "
                         + "add school days, turn a closure or PD day into a school day, or check the calendar with 'planwright calendar'",
                         at: minimum.location)]
    }
}
