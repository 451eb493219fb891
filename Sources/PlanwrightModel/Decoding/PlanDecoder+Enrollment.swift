import PlanwrightDocument

extension PlanDecoder {
    /// A school's `students`: a whole number, or counts keyed by grade (`{K: 48, 1: 52}`). Each
    /// grade is one grade, at most once, and one the school teaches when it says which it does.
    /// Nil when nothing usable is written; every problem is reported at its value.
    func enrollment(_ node: YAMLNode, ofSchool id: String, teaching taught: GradeSet, _ what: @autoclosure () -> String) -> Enrollment? {
        guard node.isMapping else {
            guard node.scalar.flatMap({ Int($0) }) != nil else {
                reader.error(english: "\(what()) must be a number of students, or the count in each grade, such as {K: 48, 1: 52}; found \(node.kindDescription)", at: node)
                return nil
            }
            return reader.integer(node, what(), in: PlanShapes.studentCount).map { Enrollment(total: $0) }
        }
        var byGrade: [Int: Int] = [:]
        var usable = true
        for (key, value) in node.pairs {
            let grade = singleGrade(key, ofSchool: id, teaching: taught)
            let count = reader.integer(value, "the students of grade \(grade.map(GradeSet.name(of:)) ?? Excerpt.of(key.scalar ?? "")) at school '\(id)'",
                                       in: PlanShapes.studentCount)
            guard let grade, let count else { usable = false; continue }
            guard byGrade[grade] == nil else {
                reader.error(english: "'students' of school '\(id)' gives grade \(GradeSet.name(of: grade)) twice; write each grade once", at: key)
                usable = false
                continue
            }
            byGrade[grade] = count
        }
        guard usable else { return nil }
        guard !byGrade.isEmpty else {
            reader.error(english: "\(what()) has no grades; write a number of students, or the count in each grade, such as {K: 48, 1: 52}", at: node)
            return nil
        }
        return Enrollment(byGrade: byGrade)
    }

    /// The one grade a key of `students` names, or nil (and an error at the key).
    private func singleGrade(_ key: YAMLNode, ofSchool id: String, teaching taught: GradeSet) -> Int? {
        guard let text = key.scalar, let set = GradeSet.parse(text) else {
            let found = key.scalar.map { "'\(Excerpt.of($0))'" } ?? key.kindDescription
            reader.error(english: "'students' of school '\(id)' has \(found), which is not a grade; \(ComfortAndGrades.advice(for: key.scalar ?? "", single: true))",
                         at: key)
            return nil
        }
        guard set.grades.count == 1, let grade = set.grades.first else {
            reader.error(english: "'students' of school '\(id)' has '\(Excerpt.of(text))', which is several grades; give the count of each grade on its own, such as K: 48", at: key)
            return nil
        }
        guard taught.isEmpty || taught.contains(grade) else {
            reader.error(english: "'students' of school '\(id)' counts grade \(GradeSet.name(of: grade)), which the school does not teach (its grades are \(taught.description))",
                         at: key)
            return nil
        }
        return grade
    }
}
