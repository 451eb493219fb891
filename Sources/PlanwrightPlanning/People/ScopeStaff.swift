import PlanwrightModel

/// The staff a scope reaches, looked up through the schools it names: a district of 2,000
/// schools with a rollout for each would otherwise test every member of staff against every
/// rollout. Built once per plan; training programmes and the check that a scope reaches
/// someone both ask it.
struct ScopeStaff {
    private let plan: Plan
    /// Positions in `plan.staff`, by school, in plan order.
    private let bySchool: [String: [Int]]
    private let gradesOfSchool: [String: GradeSet]

    init(_ plan: Plan) {
        self.plan = plan
        var bySchool: [String: [Int]] = [:]
        // Someone at several schools is found through each of them.
        for (index, member) in plan.staff.enumerated() {
            for school in member.schoolIds { bySchool[school, default: []].append(index) }
        }
        self.bySchool = bySchool
        gradesOfSchool = Dictionary(plan.schools.map { ($0.id, $0.grades) }, uniquingKeysWith: { a, _ in a })
    }

    /// The staff in `scope`, in plan order. Someone without grades of their own teaches their
    /// school's grades, as the plan's schools say.
    func staff(in scope: Scope) -> [StaffMember] {
        guard !scope.isEveryone else { return plan.staff }
        return candidates(scope).map { plan.staff[$0] }.filter { includes(scope, $0) }
    }

    /// Whether anyone at all is in `scope`; stops at the first.
    func reachesAnyone(_ scope: Scope) -> Bool {
        candidates(scope).contains { includes(scope, plan.staff[$0]) }
    }

    /// Where to look: the named schools' staff, or everyone's.
    private func candidates(_ scope: Scope) -> [Int] {
        guard !scope.schools.isEmpty else { return Array(plan.staff.indices) }
        return Set(Set(scope.schools).flatMap { bySchool[$0] ?? [] }).sorted()
    }

    /// Work at any of their schools reaches someone who works at several.
    private func includes(_ scope: Scope, _ member: StaffMember) -> Bool {
        // Hot at state scale: one school needs no list.
        guard !member.schoolShares.isEmpty else { return includes(scope, member, at: member.school.id) }
        return member.schoolShares.contains { includes(scope, member, at: $0.school.id) }
    }

    private func includes(_ scope: Scope, _ member: StaffMember, at school: String) -> Bool {
        scope.includes(school: school, role: member.role, grades: member.grades, subjects: member.subjects,
                       gradesOfSchool: gradesOfSchool[school] ?? GradeSet())
    }
}
