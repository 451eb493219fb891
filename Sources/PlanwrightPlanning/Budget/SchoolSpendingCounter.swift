import PlanwrightModel

/// Spending at each school over the budget's years, per student where its students are
/// counted, from the budget's lines. A school with no enrollment but lines of its own is there
/// too, with no count: the table by school must add up to the plan's total. A cost bought once
/// for several schools (devices for two schools' classrooms) counts at each by its share of
/// their students: otherwise a flagged school whose devices come from shared work would look as
/// if it got nothing. The same count, limited to the costs that could reach a school of some
/// grades, is what a flagged school is compared with.
struct SchoolSpendingCounter {
    let schools: [School]
    let lines: [BudgetLine]
    let costs: [PlannedCost]
    /// Each enrolled school's students, all grades.
    let students: [String: Int]

    init(schools: [School], lines: [BudgetLine], costs: [PlannedCost]) {
        self.schools = schools
        self.lines = lines
        self.costs = costs
        students = Dictionary(schools.compactMap { school in school.enrollment.map { (school.id, $0.students(in: nil)) } },
                              uniquingKeysWith: { a, _ in a })
    }

    /// Every school's spending, counting every cost.
    func spending() -> [SchoolSpending] { spending { _ in true } }

    /// Every school's spending, counting the costs `counts` takes: each enrolled school, and each
    /// school without students counted that has lines of its own (it has no share of what is
    /// shared, which goes by students).
    func spending(counting counts: (Int) -> Bool) -> [SchoolSpending] {
        var own: [String: Money] = [:], shared: [String: Money] = [:]
        for line in lines where counts(line.cost) {
            if let school = line.school {
                own[school, default: .zero] = own[school, default: .zero] + line.amount
                continue
            }
            let among = costs[line.cost].schools.filter { (students[$0] ?? 0) > 0 }
            guard !among.isEmpty else { continue }
            for (school, part) in zip(among, line.amount.split(weights: among.map { students[$0]! })) {
                shared[school, default: .zero] = shared[school, default: .zero] + part
            }
        }
        return schools.compactMap { school -> SchoolSpending? in
            let count = students[school.id].flatMap { $0 > 0 ? $0 : nil }
            guard count != nil || own[school.id] != nil else { return nil }
            let share = shared[school.id] ?? .zero, total = (own[school.id] ?? .zero) + share
            return SchoolSpending(school: school.id, students: count, total: total, shared: share, perStudent: count.map { total.divided(by: $0) },
                                  needsSupport: school.isFlaggedForSupport)
        }
    }

    /// Each flagged, enrolled school against the median of all enrolled schools, counting only
    /// the costs whose grades meet the school's (as `Scope.includes` reaches a school: a school
    /// whose grades are not written is reached by every cost). Counted once per distinct set
    /// of grades, not once per school.
    func equity() -> [EquityComparison] {
        var byGrades: [GradeSet: (schools: [SchoolSpending], median: Money?, leftOut: [Int])] = [:]
        return schools.compactMap { school -> EquityComparison? in
            guard school.isFlaggedForSupport, (students[school.id] ?? 0) > 0 else { return nil }
            let grades = school.grades
            if byGrades[grades] == nil {
                let leftOut = costs.indices.filter { index in
                    guard let costGrades = costs[index].grades else { return false }
                    return !grades.isEmpty && !costGrades.intersects(grades)
                }
                let excluded = Set(leftOut)
                let counted = (excluded.isEmpty ? spending() : spending { !excluded.contains($0) }).filter { $0.perStudent != nil }
                byGrades[grades] = (counted, Self.median(counted.compactMap(\.perStudent)), leftOut)
            }
            let found = byGrades[grades]!
            guard let median = found.median, let mine = found.schools.first(where: { $0.school == school.id }),
                  let perStudent = mine.perStudent else { return nil }
            return EquityComparison(school: school.id, grades: found.leftOut.isEmpty ? nil : grades, perStudent: perStudent,
                                    median: median, schools: found.schools.count, leftOut: found.leftOut)
        }
    }

    /// The middle amount, or the mean of the two middle ones; nil for none.
    static func median(_ amounts: [Money]) -> Money? {
        let sorted = amounts.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]).divided(by: 2)
    }
}
