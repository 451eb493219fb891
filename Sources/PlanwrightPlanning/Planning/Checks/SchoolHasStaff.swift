import PlanwrightDocument

/// A school the plan lists with no staff gets no training, no champion and a handout of empty
/// counts: most often its staff were left out (or a made-up school holds people who work
/// across schools). Said once, here; the champion check leaves such a school to this one.
struct SchoolHasStaff: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let staffed = Set(context.plan.staff.map(\.school.id))
        return context.plan.schools.filter { !staffed.contains($0.id) }.map {
            .warning("\($0.name) has no staff listed, so nobody there is trained or given a champion; list its staff under 'staff', with school: \($0.id)",
                     at: $0.location)
        }
    }
}
