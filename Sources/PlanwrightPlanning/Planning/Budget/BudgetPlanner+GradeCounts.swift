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
        var named = whole.prefix(shown).map { "\(Excerpt.of($0.name)) (\(DiagnosticCollector.grouped($0.enrollment?.total ?? 0)))" }
        if whole.count > shown { named.append("\(DiagnosticCollector.grouped(whole.count - shown)) more") }
        let total = whole.reduce(0) { $0 + ($1.enrollment?.total ?? 0) }
        let grade = (grades.grades.count == 1 ? "grade " : "grades ") + String(grades.description.map { $0 == "-" ? "–" : $0 })
        let counted = whole.count == 1 ? "gives only its total of students, so all \(DiagnosticCollector.grouped(total)) are counted"
            : "give only their totals of students, so all of them are counted (\(DiagnosticCollector.grouped(total)) in all)"
        let example = "{" + zip(grades.grades.prefix(2), [48, 52]).map { "\(GradeSet.name(of: $0)): \($1)" }.joined(separator: ", ") + "}"
        return .warning(english: "cost '\(Excerpt.of(cost.item))' is per student in \(grade), but \(named.joinedAsList()) \(counted), not only \(grade); give \(whole.count == 1 ? "the school's" : "those schools'") 'students' as the count in each grade, such as \(example), to count \(grade) alone",
                        at: cost.location)
    }
}
