import PlanwrightDocument

extension PlanDecoder {
    /// A school's `students`: a whole number, or counts keyed by grade (`{K: 48, 1: 52}`). Each
    /// grade is one grade, at most once, and one the school teaches when it says which it does.
    /// Nil when nothing usable is written; every problem is reported at its value.
    func enrollment(_ node: YAMLNode, ofSchool id: String, teaching taught: GradeSet, _ what: @autoclosure () -> Message) -> Enrollment? {
        guard node.isMapping else {
            guard node.scalar.flatMap({ Int($0) }) != nil else {
                reader.error(Message("decode_students_not_a_count", ["what": .message(what()), "found": .message(node.kindPhrase)]), at: node)
                return nil
            }
            return reader.integer(node, what(), in: PlanShapes.studentCount).map { Enrollment(total: $0) }
        }
        var byGrade: [Int: Int] = [:]
        var usable = true
        for (key, value) in node.pairs {
            let grade = singleGrade(key, ofSchool: id, teaching: taught)
            let count = reader.integer(value, Message("decode_students_of_grade", ["grade": .text(grade.map(GradeSet.name(of:)) ?? Excerpt.of(key.scalar ?? "")),
                                                                                "school": .text(id)]),
                                       in: PlanShapes.studentCount)
            guard let grade, let count else { usable = false; continue }
            guard byGrade[grade] == nil else {
                reader.error(Message("decode_students_grade_twice", ["school": .text(id), "grade": .text(GradeSet.name(of: grade))]), at: key)
                usable = false
                continue
            }
            byGrade[grade] = count
        }
        guard usable else { return nil }
        guard !byGrade.isEmpty else {
            reader.error(Message("decode_students_no_grades", ["what": .message(what())]), at: node)
            return nil
        }
        return Enrollment(byGrade: byGrade)
    }

    /// The one grade a key of `students` names, or nil (and an error at the key).
    private func singleGrade(_ key: YAMLNode, ofSchool id: String, teaching taught: GradeSet) -> Int? {
        guard let text = key.scalar, let set = GradeSet.parse(text) else {
            reader.error(Message("decode_students_not_a_grade", ["school": .text(id), "found": .message(key.foundPhrase),
                                                                 "advice": .message(ComfortAndGrades.advicePhrase(for: key.scalar ?? "", single: true))]),
                         at: key)
            return nil
        }
        guard set.grades.count == 1, let grade = set.grades.first else {
            reader.error(Message("decode_students_several_grades", ["school": .text(id), "text": .text(Excerpt.of(text))]), at: key)
            return nil
        }
        guard taught.isEmpty || taught.contains(grade) else {
            reader.error(Message("decode_students_grade_not_taught", ["school": .text(id), "grade": .text(GradeSet.name(of: grade)), "grades": .text(taught.description)]),
                         at: key)
            return nil
        }
        return grade
    }
}
