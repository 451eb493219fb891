import PlanwrightDocument

extension Scope {
    /// Whom the work is for, worded in the reader's language: "grades 6–12", "teachers of math,
    /// grades 9–12, at Central High", with schools named by `schoolName`; nil for everyone.
    /// Checks, pages and `status` all word a scope from this one phrase.
    public func phrase(schoolName: (String) -> String) -> Message.Value? {
        var parts: [Message.Value] = []
        let who: Message.Value? = roles.isEmpty ? nil : .list(roles.map { .message($0.groupPhrase) })
        if !subjects.isEmpty {
            parts.append(.message(Message("scope_who_of_subjects", ["who": who ?? .message(Message("scope_staff")), "subjects": .texts(subjects)])))
        } else if let who {
            parts.append(who)
        }
        if let grades, !grades.isEmpty { parts.append(.message(Self.gradesPhrase(grades))) }
        if !schools.isEmpty { parts.append(.message(Message("scope_at_schools", ["schools": .texts(schools.map(schoolName))]))) }
        return .commaSeparated(parts)
    }

    /// "grade K", "grades 6–12": a range written with an en dash, as people read it.
    public static func gradesPhrase(_ grades: GradeSet) -> Message {
        Message("scope_grades", count: grades.grades.count, ["grades": .text(grades.description.replacingOccurrences(of: "-", with: "–"))])
    }
}

extension StaffRole {
    /// The role as a group of people say it: "teachers", "other staff".
    public var groupPhrase: Message {
        switch self {
        case .teacher: Message("scope_role_teacher")
        case .aide: Message("scope_role_aide")
        case .specialist: Message("scope_role_specialist")
        case .coach: Message("scope_role_coach")
        case .librarian: Message("scope_role_librarian")
        case .counselor: Message("scope_role_counselor")
        case .administrator: Message("scope_role_administrator")
        case .other: Message("scope_role_other")
        }
    }
}
