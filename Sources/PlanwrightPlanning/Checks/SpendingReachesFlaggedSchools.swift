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
            let name = Message.Value.text(Excerpt.of(school.name))
            guard let comparison = compared[school.id] else {
                return .warning(Message("check_flagged_school_without_students", ["school": name]), at: school.location)
            }
            guard comparison.perStudent < comparison.median else { return nil }
            let median = budget.value(comparison.median)
            let against = comparison.leftOut.isEmpty ? Message("check_flagged_against_district_median", ["median": median])
                : Message("check_flagged_against_median_reaching", count: comparison.schools, [
                    "median": median, "grades": Self.gradePhrase(comparison.grades), "left_out": .message(Self.leftOutPhrase(comparison, budget)),
                ])
            return .warning(Message("check_flagged_school_gets_less", [
                                "school": name, "spent": budget.value(comparison.perStudent), "against": .message(against),
                                "less": budget.value(comparison.median - comparison.perStudent), "years": context.budgetYearsPhrase,
                            ]),
                            at: school.location)
        }
    }

    /// "grades 9–12", "grade K".
    static func gradePhrase(_ grades: GradeSet?) -> Message.Value {
        Scope(grades: grades).phrase(schoolName: { $0 }) ?? .text("")
    }

    /// "left out: Student Chromebooks, for grades 3–5", naming at most three costs.
    static func leftOutPhrase(_ comparison: EquityComparison, _ budget: PlannedBudget) -> Message {
        var named = comparison.leftOut.prefix(3).map { index -> Message.Value in
            .message(Message("check_flagged_left_out_cost", ["item": budget.costs[index].item.excerpt, "grades": gradePhrase(budget.costs[index].grades)]))
        }
        let more = comparison.leftOut.count - named.count
        if more > 0 { named.append(.message(Message("budget_more", count: more))) }
        return Message("check_flagged_left_out", ["costs": .semicolonSeparated(named) ?? .text("")])
    }
}
