import PlanwrightDocument

/// Pitfall 3 of the evaluation brief: technology chosen without educators misses their needs.
struct TeacherOnTheTeam: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let district = context.plan.district
        guard !district.team.contains(where: \.isTeacher) else { return [] }
        return [.warning(Message("check_team_has_no_teacher"),
                         at: district.location)]
    }
}
