import PlanwrightDocument
import PlanwrightModel

/// Pitfall 1 in the numbers: plan and budget for support "especially at sites that might
/// otherwise struggle to support the technology". A school flagged as needing support that the
/// budget gives less per student than the median is getting less, not more. The median counts
/// only what could reach the school (`EquityComparison`): a high school is not measured against
/// devices for grades 3–5, and the warning says what was left out.
struct SpendingReachesFlaggedSchools: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        guard !budget.costs.isEmpty else { return [] }
        let compared = Dictionary(budget.equity.map { ($0.school, $0) }, uniquingKeysWith: { a, _ in a })
        return context.plan.schools.filter(\.isFlaggedForSupport).compactMap { school in
            guard let comparison = compared[school.id] else {
                return .warning(english: "\(Excerpt.of(school.name)) is flagged as needing support, but its spending per student cannot be compared with the district's until it has 'students' (its enrollment); add them so the budget can show it gets its share",
                                at: school.location)
            }
            guard comparison.perStudent < comparison.median else { return nil }
            let against = comparison.leftOut.isEmpty ? "a district median of \(budget.words(comparison.median))"
                : "a median of \(budget.words(comparison.median)) at \(comparison.schools == 1 ? "1 school" : "\(comparison.schools) schools"), counting only what could reach \(Self.gradeWords(comparison.grades)) (\(Self.leftOutWords(comparison, budget)))"
            return .warning(english: "\(Excerpt.of(school.name)) is flagged as needing support, but the plan spends \(budget.words(comparison.perStudent)) per student there against \(against) (\(budget.words(comparison.median - comparison.perStudent)) less) over \(context.budgetYears); schools that might otherwise struggle need infrastructure, support staff and future upgrades planned and budgeted first",
                            at: school.location)
        }
    }

    /// "grades 9–12", "grade K".
    static func gradeWords(_ grades: GradeSet?) -> String {
        Scope(grades: grades).wordsInEnglish(schoolName: { $0 })
    }

    /// "left out: Student Chromebooks, for grades 3–5", naming at most three costs.
    static func leftOutWords(_ comparison: EquityComparison, _ budget: PlannedBudget) -> String {
        let named = comparison.leftOut.prefix(3).map { index in
            "\(budget.costs[index].item.excerptInEnglish), for \(gradeWords(budget.costs[index].grades))"
        }
        let more = comparison.leftOut.count - named.count
        return "left out: " + (named + (more > 0 ? ["\(more) more"] : [])).joined(separator: "; ")
    }
}
