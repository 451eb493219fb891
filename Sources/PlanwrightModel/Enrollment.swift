/// How many students a school enrolls: a total, and where known, how many are in each grade.
/// Costs counted `per: student` take their count from here.
public struct Enrollment: Hashable, Sendable {
    public var total: Int
    /// Students by grade (-1 for pre-K, 0 for kindergarten); nil when only the total is known.
    /// Students whose grade is not known (a roster row without one) are in `total` only, so the
    /// counts here may add up to less than it.
    public var byGrade: [Int: Int]?

    public init(total: Int, byGrade: [Int: Int]? = nil) {
        self.total = total
        self.byGrade = byGrade
    }

    /// Counts by grade, with the total their sum: what a plan writes as `{K: 48, 1: 52, …}`.
    public init(byGrade: [Int: Int]) {
        self.init(total: byGrade.values.reduce(0, +), byGrade: byGrade)
    }

    /// The students in `grades`: the whole school for nil or every grade, else the students
    /// counted in those grades.
    ///
    /// The rule when only a total is known and `grades` names some: the whole school's total
    /// counts. A school that does not say how its students split across grades is counted as a
    /// whole by work for any of its grades, as that work reaches the school (see `Scope.includes`);
    /// an estimate by share of grades would be a number the district never wrote.
    public func students(in grades: GradeSet?) -> Int {
        guard let grades, grades != .all, let byGrade else { return total }
        return byGrade.reduce(0) { sum, entry in grades.contains(entry.key) ? sum + entry.value : sum }
    }
}
