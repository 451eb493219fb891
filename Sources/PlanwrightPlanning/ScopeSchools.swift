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
        positions(in: scope).map { all[$0] }
    }

    /// The same schools as their places in the plan's order, for indexes keyed by school.
    func positions(in scope: Scope) -> [Int] {
        let candidates = scope.schools.isEmpty ? Array(all.indices) : Set(scope.schools.compactMap { position[$0] }).sorted()
        return candidates.filter { scope.includes(school: all[$0].id, grades: all[$0].grades) }
    }

    /// The school at a place in the plan's order.
    subscript(position: Int) -> School { all[position] }
}
