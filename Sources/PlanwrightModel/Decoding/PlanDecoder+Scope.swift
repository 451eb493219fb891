import PlanwrightDocument

extension PlanDecoder {
    /// `schools`, `grades`, `roles` and `subjects` on a goal or a milestone: whom it is for. A
    /// key whose values are all wrong (each reported) or empty narrows nothing: it is as if not
    /// written, so a mistake is reported once, not again as a milestone "widening" it.
    func decodeScope(_ fields: Fields) -> DeclaredScope {
        var scope = DeclaredScope()
        func located<T: Hashable & Sendable>(_ values: [T], _ key: String) -> Located<[T]>? {
            values.isEmpty ? nil : fields[key].map { Located(values, at: $0.location) }
        }
        scope.schools = located(reader.references(fields, "schools"), "schools")
        if let node = fields["grades"] {
            let grades = grades(fields, "grades")
            if !grades.isEmpty { scope.grades = Located(grades, at: node.location) }
        }
        scope.roles = located(reader.list(fields, "roles", acceptsSingle: true).compactMap {
            reader.choice($0, Message("decode_each_of", ["what": .message(fields.describing("roles"))]), as: StaffRole.self)
        }, "roles")
        scope.subjects = located(reader.list(fields, "subjects", acceptsSingle: true).compactMap { node -> String? in
            guard let subject = reader.text(node, Message("decode_each_of", ["what": .message(fields.describing("subjects"))])) else { return nil }
            let trimmed = subject.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { reader.error(english: "each of \(fields.describe("subjects")) must name a subject, such as math; this one is empty", at: node) }
            return trimmed.isEmpty ? nil : trimmed
        }, "subjects")
        return scope
    }

    /// A milestone may narrow its goal's scope, never widen it: work for the whole district
    /// inside a goal for grades 6–12 would train and inform people the goal is not for.
    /// A measure likewise: one for grades the goal does not reach would be on handouts it does not concern.
    func checkNarrows(_ milestone: DeclaredScope, goal: DeclaredScope, milestoneID: String, goalID: String, kind: String = "milestone") {
        let outside = "which is outside the scope of its goal '\(goalID)'"
        let advice = "a \(kind) may narrow its goal's scope, never widen it; change the goal's scope or the \(kind)'s"
        if let own = milestone.schools, let allowed = goal.schools {
            let ids = Set(allowed.value.map(\.id))
            for school in own.value where !ids.contains(school.id) {
                reader.error(english: "\(kind) '\(milestoneID)' is for school '\(school.id)', \(outside) (\(allowed.value.map(\.id).joinedAsList())); \(advice)",
                             at: school.location)
            }
        }
        if let own = milestone.grades, let allowed = goal.grades, own.value.bits & ~allowed.value.bits != 0 {
            let extra = GradeSet(bits: own.value.bits & ~allowed.value.bits)
            reader.error(english: "\(kind) '\(milestoneID)' is for grades \(own.value.description), \(outside) (grades \(allowed.value.description)): \(extra.description) \(extra.grades.count == 1 ? "is" : "are") not in it; \(advice)",
                         at: own.location)
        }
        if let own = milestone.roles, let allowed = goal.roles {
            let extra = own.value.filter { !allowed.value.contains($0) }.map(\.rawValue)
            if !extra.isEmpty {
                reader.error(english: "\(kind) '\(milestoneID)' is for \(extra.joinedAsList()) staff, \(outside) (\(allowed.value.map(\.rawValue).joinedAsList())); \(advice)",
                             at: own.location)
            }
        }
        if let own = milestone.subjects, let allowed = goal.subjects {
            let extra = own.value.filter { subject in !allowed.value.contains { $0.caseInsensitiveEquals(subject) } }
            if !extra.isEmpty {
                reader.error(english: "\(kind) '\(milestoneID)' is for the subject \(extra.map { "'\($0)'" }.joinedAsList()), \(outside) (\(allowed.value.joinedAsList())); \(advice)",
                             at: own.location)
            }
        }
    }
}
