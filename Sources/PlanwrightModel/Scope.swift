/// Whom a piece of work is for: which schools, grades, roles and subjects. Each part left empty
/// means everyone, so work written without a scope is the whole district's. A person is in
/// scope when every part admits them; a school is when it is named (or none are) and teaches a
/// grade of the scope.
public struct Scope: Hashable, Sendable, Codable {
    /// School ids; empty means every school.
    public var schools: [String]
    /// Nil means every grade.
    public var grades: GradeSet?
    /// Empty means every role.
    public var roles: [StaffRole]
    /// Empty means every subject; compared without regard to case.
    public var subjects: [String]

    public init(schools: [String] = [], grades: GradeSet? = nil, roles: [StaffRole] = [], subjects: [String] = []) {
        self.schools = schools
        self.grades = grades
        self.roles = roles
        self.subjects = subjects
    }

    public static let everyone = Scope()

    public var isEveryone: Bool { self == .everyone }

    /// Whether work for this scope concerns a school teaching `grades`.
    public func includes(school: String, grades schoolGrades: GradeSet) -> Bool {
        (schools.isEmpty || schools.contains(school)) && (grades.map { $0.intersects(schoolGrades) || schoolGrades.isEmpty } ?? true)
    }

    /// Whether a person with this school, role, grades and subjects is someone the work is for.
    /// Someone whose grades are not written works across their school's grades.
    public func includes(school: String, role: StaffRole, grades personGrades: GradeSet, subjects personSubjects: [String],
                         gradesOfSchool: GradeSet) -> Bool {
        guard schools.isEmpty || schools.contains(school), roles.isEmpty || roles.contains(role) else { return false }
        if let grades {
            let taught = personGrades.isEmpty ? gradesOfSchool : personGrades
            // A school with no grades written is taken at its word: it is not narrowed out.
            guard taught.isEmpty || grades.intersects(taught) else { return false }
        }
        guard !subjects.isEmpty else { return true }
        return personSubjects.contains { taught in subjects.contains { $0.caseInsensitiveEquals(taught) } }
    }

    /// This scope with each part the narrower one writes put in place of its own: how a
    /// milestone's keys override its goal's.
    public func narrowed(schools: [String]?, grades: GradeSet?, roles: [StaffRole]?, subjects: [String]?) -> Scope {
        Scope(schools: schools ?? self.schools, grades: grades ?? self.grades, roles: roles ?? self.roles, subjects: subjects ?? self.subjects)
    }
}

extension Scope {
    enum CodingKeys: String, CodingKey { case schools, grades, roles, subjects }

    /// As the plan file writes it, each key only when it narrows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !schools.isEmpty { try c.encode(schools, forKey: .schools) }
        try c.encodeIfPresent(grades, forKey: .grades)
        if !roles.isEmpty { try c.encode(roles, forKey: .roles) }
        if !subjects.isEmpty { try c.encode(subjects, forKey: .subjects) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(schools: try c.decodeIfPresent([String].self, forKey: .schools) ?? [], grades: try c.decodeIfPresent(GradeSet.self, forKey: .grades),
                  roles: try c.decodeIfPresent([StaffRole].self, forKey: .roles) ?? [],
                  subjects: try c.decodeIfPresent([String].self, forKey: .subjects) ?? [])
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
