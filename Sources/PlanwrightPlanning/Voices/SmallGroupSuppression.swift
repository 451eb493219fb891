/// The rule that protects small groups of respondents, in one place.
///
/// A count under the threshold is not shown, and neither is any count from which one could be
/// worked out: when a group's total is shown and exactly one school's count is hidden, the
/// total minus the shown schools would give it back, so the next smallest school is hidden
/// too. With two or more hidden, subtraction gives only their sum, which names no school.
enum SmallGroupSuppression {
    /// The total (nil when under `threshold`) and each school's count (nil when hidden), in the
    /// order given. Schools with no responses are left out by the caller: there is no one to protect.
    static func apply(total: Int, schools: [(school: String, count: Int)], threshold: Int) -> (total: Int?, schools: [SchoolResponses]) {
        guard total >= threshold else {
            return (nil, schools.map { SchoolResponses(school: $0.school, responses: nil) })
        }
        var hidden = Set(schools.indices.filter { schools[$0].count < threshold })
        if hidden.count == 1 {
            // The next smallest shown school; ties go to the first in the plan's order, so output is stable.
            let shown = schools.indices.filter { !hidden.contains($0) }
            if let next = shown.min(by: { (schools[$0].count, $0) < (schools[$1].count, $1) }) { hidden.insert(next) }
        }
        return (total, schools.indices.map { SchoolResponses(school: schools[$0].school, responses: hidden.contains($0) ? nil : schools[$0].count) })
    }
}
