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
        let counted = "\(Plural.count(calendar.schoolDayCount, "school day")) less \(Plural.count(pdDays, "PD day"))"
        return [.warning(english: "the school year has \(Plural.count(days, "instructional day")) (\(counted)), \(short) fewer than the \(minimum.value) 'min_instructional_days' requires; "
                         + "add school days, turn a closure or PD day into a school day, or check the calendar with 'planwright calendar'",
                         at: minimum.location)]
    }
}
