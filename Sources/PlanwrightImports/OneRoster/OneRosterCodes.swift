import PlanwrightModel
/// The OneRoster words Planwright reads: roles and grade codes, in 1.1 and 1.2 spellings.
enum OneRosterCodes {
    enum Role: Equatable {
        /// Someone the plan trains and pairs with champions.
        case staff(StaffRole)
        /// A student: not planned for, but counted in their schools' enrollment.
        case student
        /// Families, and staff roles the plan does not cover (proctors, IT).
        case notPlanned
        case unknown
    }

    private static let staffRoles: [String: StaffRole] = [
        "teacher": .teacher, "aide": .aide, "administrator": .administrator,
        // OneRoster 1.2 splits administrators by level.
        "districtadministrator": .administrator, "siteadministrator": .administrator, "principal": .administrator,
    ]
    private static let otherRoles: Set = ["parent", "guardian", "relative", "proctor", "systemadministrator"]

    /// Every role OneRoster defines, as it spells them, for "did you mean".
    static let roleNames = ["administrator", "aide", "districtAdministrator", "guardian", "parent", "principal",
                            "proctor", "relative", "siteAdministrator", "student", "systemAdministrator", "teacher"]

    static func role(_ text: String) -> Role {
        let key = text.lowercased()
        if let role = staffRoles[key] { return .staff(role) }
        if key == "student" { return .student }
        // `ext:` roles are a district's own additions: not one of the staff roles planned for.
        if otherRoles.contains(key) || key.hasPrefix("ext:") { return .notPlanned }
        return .unknown
    }

    enum Grade: Equatable {
        case grades(GradeSet)
        /// Infant/toddler, postsecondary, ungraded and the like: real codes outside PK–12.
        case outsidePlan
        case unknown
    }

    /// A OneRoster grade code (`PK`, `KG`, `01`…`12`; 1.2 adds CEDS codes such as `TK`).
    /// Plain grades such as `K`, `3` or `9-12` are accepted too, as hand-made files use them.
    static func grade(_ code: String) -> Grade {
        switch code.uppercased() {
        case "IT", "PS", "UG", "13", "OTHER": return .outsidePlan
        case "PR": return .grades(GradeSet.parse("PK")!)  // preschool plans with pre-K
        // CEDS's transitional kindergarten: a roster's code, not a plan's grade (a plan writing
        // TK is asked which it means), counted with kindergarten as rosters before 1.2 counted it.
        case "TK": return .grades(GradeSet.parse("K")!)
        default: return GradeSet.parse(code).map(Grade.grades) ?? .unknown
        }
    }
}
