import PlanwrightDocument

extension PlanDecoder {
    /// `schools`, `grades`, `roles` and `subjects` on a goal or a milestone: whom it is for.
    func decodeScope(_ fields: Fields) -> DeclaredScope {
        var scope = DeclaredScope()
        if let node = fields["schools"] { scope.schools = Located(reader.references(fields, "schools"), at: node.location) }
        if let node = fields["grades"] { scope.grades = Located(grades(fields, "grades"), at: node.location) }
        if let node = fields["roles"] {
            let roles = reader.list(fields, "roles", acceptsSingle: true).compactMap { reader.choice($0, "each of \(fields.describe("roles"))", as: StaffRole.self) }
            scope.roles = Located(roles, at: node.location)
        }
        if let node = fields["subjects"] {
            let subjects = reader.list(fields, "subjects", acceptsSingle: true).compactMap { reader.text($0, "each of \(fields.describe("subjects"))") }
            scope.subjects = Located(subjects, at: node.location)
        }
        return scope
    }

    /// A milestone may narrow its goal's scope, never widen it: work for the whole district
    /// inside a goal for grades 6–12 would train and inform people the goal is not for.
    func checkNarrows(_ milestone: DeclaredScope, goal: DeclaredScope, milestoneID: String, goalID: String) {
        let outside = "which is outside the scope of its goal '\(goalID)'"
        let advice = "a milestone may narrow its goal's scope, never widen it; change the goal's scope or the milestone's"
        if let own = milestone.schools, let allowed = goal.schools {
            let ids = Set(allowed.value.map(\.id))
            for school in own.value where !ids.contains(school.id) {
                reader.error("milestone '\(milestoneID)' is for school '\(school.id)', \(outside) (\(allowed.value.map(\.id).joinedAsList())); \(advice)",
                             at: school.location)
            }
        }
        if let own = milestone.grades, let allowed = goal.grades, own.value.bits & ~allowed.value.bits != 0 {
            let extra = GradeSet(bits: own.value.bits & ~allowed.value.bits)
            reader.error("milestone '\(milestoneID)' is for grades \(own.value.description), \(outside) (grades \(allowed.value.description)): \(extra.description) \(extra.grades.count == 1 ? "is" : "are") not in it; \(advice)",
                         at: own.location)
        }
        if let own = milestone.roles, let allowed = goal.roles {
            let extra = own.value.filter { !allowed.value.contains($0) }.map(\.rawValue)
            if !extra.isEmpty {
                reader.error("milestone '\(milestoneID)' is for \(extra.joinedAsList()) staff, \(outside) (\(allowed.value.map(\.rawValue).joinedAsList())); \(advice)",
                             at: own.location)
            }
        }
        if let own = milestone.subjects, let allowed = goal.subjects {
            let extra = own.value.filter { subject in !allowed.value.contains { $0.caseInsensitiveEquals(subject) } }
            if !extra.isEmpty {
                reader.error("milestone '\(milestoneID)' is for the subject \(extra.map { "'\($0)'" }.joinedAsList()), \(outside) (\(allowed.value.joinedAsList())); \(advice)",
                             at: own.location)
            }
        }
    }
}
