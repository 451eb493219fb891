import PlanwrightDocument

/// A school the plan lists with no staff gets no training, no champion and a handout of empty
/// counts ("0 staff have no colleague to turn to"): most often its staff were left out. Said
/// once, here; the champion check leaves such a school to this one, and
/// this check leaves a school read from a OneRoster export to the roster's own warning.
struct SchoolHasStaff: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        // Someone at several schools staffs each; district-wide staff staff none of them: a
        // school with only a district counselor most likely had its own staff left out.
        let staffed = Set(context.plan.staff.filter { !$0.districtWide }.flatMap(\.schoolIds))
        let planFile = context.plan.district.location.file
        return context.plan.schools.filter { !staffed.contains($0.id) && $0.location.file == planFile }.map {
            .warning(Message("check_school_has_no_staff", ["school": .text($0.name), "id": .text($0.id)]),
                     at: $0.location)
        }
    }
}
