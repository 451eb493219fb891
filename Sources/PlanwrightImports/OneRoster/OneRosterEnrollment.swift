import PlanwrightDocument
import PlanwrightModel

/// The students of a OneRoster export, counted by school and grade: each imported school's
/// `Enrollment`. Only open accounts are counted (users.csv leaves the others out before a
/// user's role is read); a student rostered at two schools counts at each, once.
struct OneRosterEnrollment {
    private var totals: [String: Int] = [:]
    private var byGrade: [String: [Int: Int]] = [:]
    /// Students counted at a school but in no grade: none, several, or one outside PK–12.
    private var ungraded = 0
    private var firstUngraded: CSVRow?
    /// Students none of whose orgs leads to a school, so no school counts them.
    private var unplaced = 0
    private var firstUnplaced: CSVRow?

    /// Counts one student at the schools `orgs` lead to, in their grade when they have one.
    /// `user` is their users.csv row, where `grades` is; `orgRow` is where their orgs are
    /// written (users.csv in 1.1, roles.csv in 1.2).
    mutating func add(_ user: CSVRow, orgs: [String], at orgRow: CSVRow, grades: GradeSet, in places: OneRosterOrgs) {
        var schools: [String] = []
        for org in orgs {
            let school: String? = if places.isKnown {
                if case let .school(id) = places.place(org) { id } else { nil }
            } else { org }
            if let school, !schools.contains(school) { schools.append(school) }
        }
        guard !schools.isEmpty else {
            unplaced += 1
            if firstUnplaced == nil { firstUnplaced = orgRow }
            return
        }
        let grade = grades.grades.count == 1 ? grades.grades.first : nil
        if grade == nil {
            ungraded += 1
            if firstUngraded == nil { firstUngraded = user }
        }
        for school in schools {
            totals[school, default: 0] += 1
            if let grade { byGrade[school, default: [:]][grade, default: 0] += 1 }
        }
    }

    /// The enrollment of school `id`; nil when the export has no students there.
    func of(_ id: String) -> Enrollment? {
        guard let total = totals[id] else { return nil }
        return Enrollment(total: total, byGrade: byGrade[id])
    }

    /// The grades school `id`'s students are in: what the school teaches, as far as the export
    /// shows it (OneRoster's orgs carry no grades). Empty when it has no student with one grade.
    func grades(of id: String) -> GradeSet {
        var set = GradeSet()
        for (grade, count) in byGrade[id] ?? [:] where count > 0 { set.insert(grade) }
        return set
    }

    /// One note for each kind of student not counted in full.
    func notes() -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if let row = firstUngraded {
            notes.append(.note(Message("roster_students_without_grade", count: ungraded, ["file": .text(row.file), "row": .number(row.line)]),
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        if let row = firstUnplaced {
            notes.append(.note(Message("roster_students_without_school", count: unplaced, ["file": .text(row.file), "row": .number(row.line)]),
                               at: SourceLocation(file: row.path, line: row.line, column: 1)))
        }
        return notes
    }
}
