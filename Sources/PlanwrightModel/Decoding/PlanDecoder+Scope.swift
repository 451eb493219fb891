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
            if trimmed.isEmpty { reader.error(Message("decode_subject_empty", ["what": .message(fields.describing("subjects"))]), at: node) }
            return trimmed.isEmpty ? nil : trimmed
        }, "subjects")
        return scope
    }

    /// A milestone may narrow its goal's scope, never widen it: work for the whole district
    /// inside a goal for grades 6–12 would train and inform people the goal is not for.
    /// A measure likewise: one for grades the goal does not reach would be on handouts it does not concern.
    func checkNarrows(_ milestone: DeclaredScope, goal: DeclaredScope, milestoneID: String, goalID: String, isMeasure: Bool = false) {
        // The work named as the plan's entries are named ("milestone 'x'"), and advice that names its kind.
        let work: Message.Value = .message((isMeasure ? PlanShapes.measure : PlanShapes.milestone).namedPhrase(milestoneID))
        let outside: Message.Value = .message(Message("decode_scope_outside_goal", ["goal": .text(goalID)]))
        let advice: Message.Value = .message(isMeasure ? Message("decode_scope_advice_measure") : Message("decode_scope_advice_milestone"))
        if let own = milestone.schools, let allowed = goal.schools {
            let ids = Set(allowed.value.map(\.id))
            for school in own.value where !ids.contains(school.id) {
                reader.error(Message("decode_scope_school_outside", ["work": work, "school": .text(school.id), "outside": outside,
                                                                 "schools": .texts(allowed.value.map(\.id)), "advice": advice]),
                             at: school.location)
            }
        }
        if let own = milestone.grades, let allowed = goal.grades, own.value.bits & ~allowed.value.bits != 0 {
            let extra = GradeSet(bits: own.value.bits & ~allowed.value.bits)
            reader.error(Message("decode_scope_grades_outside", count: extra.grades.count, [
                "work": work, "grades": .text(own.value.description), "outside": outside, "allowed": .text(allowed.value.description),
                "extra": .text(extra.description), "advice": advice,
            ]),
                         at: own.location)
        }
        if let own = milestone.roles, let allowed = goal.roles {
            let extra = own.value.filter { !allowed.value.contains($0) }.map(\.rawValue)
            if !extra.isEmpty {
                // Roles as the plan writes them (`roles: [coach]`): the plan's own words.
                reader.error(Message("decode_scope_roles_outside", count: extra.count, ["work": work, "roles": .texts(extra), "outside": outside,
                                                                                        "allowed": .texts(allowed.value.map(\.rawValue)), "advice": advice]),
                             at: own.location)
            }
        }
        if let own = milestone.subjects, let allowed = goal.subjects {
            let extra = own.value.filter { subject in !allowed.value.contains { $0.caseInsensitiveEquals(subject) } }
            if !extra.isEmpty {
                reader.error(Message("decode_scope_subjects_outside", count: extra.count, [
                    "work": work, "subjects": .list(extra.map { .message(Message("decode_quoted", ["text": .text($0)])) }), "outside": outside,
                    "allowed": .texts(allowed.value), "advice": advice,
                ]),
                             at: own.location)
            }
        }
    }
}
