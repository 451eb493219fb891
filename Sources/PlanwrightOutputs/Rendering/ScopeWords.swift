import PlanwrightDocument
import PlanwrightModel

/// Whom work is for, in words: "grades 6–12", "teachers of math, grades 9–12, at Central High",
/// with schools named by `schoolName`; empty for everyone.
enum ScopeWords {
    static func whom(_ scope: Scope, schoolName: (String) -> String, _ w: Wording) -> String {
        var parts: [String] = []
        let who = w.list(scope.roles.map { role($0, w) })
        switch (who.isEmpty, scope.subjects.isEmpty) {
        case (true, true): break
        case (false, true): parts.append(who)
        case (_, false): parts.append(w(.scopeWhoOfSubjects, ["who": who.isEmpty ? w(.scopeStaff) : who, "subjects": w.list(scope.subjects)]))
        }
        if let grades = scope.grades, !grades.isEmpty {
            let written = grades.description.replacingOccurrences(of: "-", with: "–")
            parts.append(w.count(.scopeGrades, grades.grades.count, ["grades": written]))
        }
        if !scope.schools.isEmpty { parts.append(w(.scopeAtSchools, ["schools": w.list(scope.schools.map(schoolName))])) }
        return parts.joined(separator: ", ")
    }

    /// A role as a group of people say it: "teachers", "other staff".
    static func role(_ role: StaffRole, _ w: Wording) -> String {
        switch role {
        case .teacher: w(.scopeRoleTeacher)
        case .aide: w(.scopeRoleAide)
        case .specialist: w(.scopeRoleSpecialist)
        case .coach: w(.scopeRoleCoach)
        case .librarian: w(.scopeRoleLibrarian)
        case .counselor: w(.scopeRoleCounselor)
        case .administrator: w(.scopeRoleAdministrator)
        case .other: w(.scopeRoleOther)
        }
    }
}
