import PlanwrightDocument
import PlanwrightModel

extension BudgetPlanner {
    /// A warning when a cost per student for some grades counts whole schools: a school that
    /// gives only its total (`students: 640`) counts all its students, grades 3–5 or not (see
    /// `Enrollment.students(in:)`). Silently, a device programme for three grades would be
    /// budgeted for six. Says what was counted and how to count the grades instead. Quiet where
    /// the school's own grades all fall within the cost's, as its total is then the right count.
    static func wholeSchoolsCounted(for cost: CostLine, grades: GradeSet?, at schools: [School]) -> Diagnostic? {
        guard let grades, grades != .all else { return nil }
        let whole = schools.filter { school in
            guard let enrollment = school.enrollment, enrollment.byGrade == nil else { return false }
            return school.grades.isEmpty || school.grades.bits & ~grades.bits != 0
        }
        guard !whole.isEmpty else { return nil }
        let shown = 3
        var named: [Message.Value] = whole.prefix(shown).map { school in
            .message(Message("budget_check_school_students", ["school": .text(Excerpt.of(school.name)), "students": .number(school.enrollment?.total ?? 0)]))
        }
        if whole.count > shown { named.append(.message(Message("check_and_more", count: whole.count - shown))) }
        let total = whole.reduce(0) { $0 + ($1.enrollment?.total ?? 0) }
        let example = "{" + zip(grades.grades.prefix(2), [48, 52]).map { "\(GradeSet.name(of: $0)): \($1)" }.joined(separator: ", ") + "}"
        // `count` is the schools': "gives only its total", "give only their totals".
        return .warning(Message("budget_check_whole_schools_counted", count: whole.count, [
                            "cost": .text(Excerpt.of(cost.item)), "grade": .message(grades.phrase), "named": .list(named),
                            "total": .number(total), "example": .text(example),
                        ]), at: cost.location)
    }
}
