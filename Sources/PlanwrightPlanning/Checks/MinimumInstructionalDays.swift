import PlanwrightDocument
import PlanwrightModel

/// A state requires a number of days with students (180 in many states). A calendar short of
/// it is found by the board or the state after the year is approved; the plan says so now,
/// with the count, at the setting that asks for it.
struct MinimumInstructionalDays: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        guard let minimum = context.plan.year.minInstructionalDays else { return [] }
        let calendar = context.calendar
        let days = calendar.instructionalDayCount
        guard days < minimum.value else { return [] }
        let short = minimum.value - days
        let pdDays = calendar.schoolDayCount - days
        return [.warning(Message("check_too_few_instructional_days", count: days, [
                             "school_days": .message(Message("check_school_day_count", count: calendar.schoolDayCount)),
                             "pd_days": .message(Message("check_pd_day_count", count: pdDays)),
                             "short": .text(String(short)), "minimum": .text(String(minimum.value)),
                         ]),
                         at: minimum.location)]
    }
}
