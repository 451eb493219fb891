import PlanwrightModel

/// The schools a scope is for, in plan order, looked up through the schools it names: a
/// state's 2,000 costs and milestones would otherwise each test all 2,000 schools. Built once
/// per plan, beside `ScopeStaff`; the budget and the checks ask it.
struct ScopeSchools {
    private let all: [School]
    private let position: [String: Int]

    init(_ schools: [School]) {
        all = schools
        position = Dictionary(schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Named by the scope (or none are) and teaching a grade of it, as `Scope.includes` says.
    func schools(in scope: Scope) -> [School] {
        let candidates = scope.schools.isEmpty ? Array(all.indices) : Set(scope.schools.compactMap { position[$0] }).sorted()
        return candidates.lazy.map { all[$0] }.filter { scope.includes(school: $0.id, grades: $0.grades) }
    }
}
