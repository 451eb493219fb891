import PlanwrightDocument

/// Pitfall 3 of the evaluation brief: technology chosen without educators misses their needs.
struct TeacherOnTheTeam: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let district = context.plan.district
        guard !district.team.contains(where: \.isTeacher) else { return [] }
        return [.warning(english: "the planning team has no teacher; add classroom teachers (a role with 'teacher' in it) so the plan meets their instructional needs",
                         at: district.location)]
    }
}
