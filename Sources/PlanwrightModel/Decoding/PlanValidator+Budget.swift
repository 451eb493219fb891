import PlanwrightDocument

/// A funding source named by a cost, support or stipend, and how that payer is named in messages.
struct FundingReference {
    let source: Reference
    /// "cost 'Canvas licences'", "the champion stipend", "the training costs".
    let what: String

    /// "is paid by", or "are paid by" for a payer named in the plural ("the training costs").
    var paidBy: String { "\(what) \(what.hasSuffix("costs") ? "are" : "is") paid by" }
}

extension PlanValidator {
    /// Every cost, support and stipend is paid by a source the plan lists (checked for every
    /// payer the decoder read, also one whose other keys were wrong), and support is for
    /// schools the plan has.
    func checkBudget(schools: Set<String>) {
        let sources = unique(plan.funding.map(\.id), "funding source") { plan.funding[$0].location }
        for payer in payers { resolve(payer.source, in: sources, payer.paidBy, "funding source under 'funding'") }
        checkDiscounts()
        for support in plan.support {
            for school in support.schools { resolve(school, in: schools, "support '\(Excerpt.of(support.what))' is for school", "school", unless: .schools) }
        }
        checkBudgetEndsByYear9999()
    }

    /// Dates are written with four-digit years, so a budget whose fiscal years run past FY9999
    /// (a school year typed as 9998 with five years ahead) would write `FY10000` and five-digit
    /// dates no one can read back: an error where the years are set.
    private func checkBudgetEndsByYear9999() {
        let budget = plan.budget
        let first = budget.fiscalCalendar.year(of: plan.year.start)
        let last = first.adding(years: budget.years - 1)
        guard last.endingYear > 9999 else { return }
        reader.error(english: "the budget's \(budget.years) fiscal \(budget.years == 1 ? "year runs" : "years run") from \(first) to \(last), past FY9999, the last year a date can be written; check the school year's dates, or plan fewer budget years",
                     at: budget.location ?? plan.year.location)
    }

    /// What a discount leaves is paid by another source, which pays in full (a chain of
    /// discounts would leave part of a cost to no one named); adding each school's own budget is
    /// for districts small enough to be allowed it.
    private func checkDiscounts() {
        let discounted = Dictionary(plan.funding.map { ($0.id, $0.restrictions.discount != nil) }, uniquingKeysWith: { a, _ in a })
        for source in plan.funding {
            if let rest = source.restrictions.restPaidBy {
                if rest.id == source.id {
                    reader.error(english: "funding source '\(source.id)' pays the rest of its own discount; name the source that pays what the discount leaves, such as general-fund",
                                 at: rest.location)
                } else if discounted[rest.id] == true {
                    reader.error(english: "funding source '\(source.id)' leaves the rest of its discount to '\(rest.id)', which pays only a discount itself; name a source that pays in full",
                                 at: rest.location)
                } else if source.restrictions.discount == nil {
                    reader.error(english: "funding source '\(source.id)' names 'rest_paid_by' but has no 'discount'; add its discount, such as discount: 80%, or remove 'rest_paid_by'",
                                 at: rest.location)
                }
            }
            if let adds = source.restrictions.perStudent?.addsSchoolBudgets, adds.value, plan.schools.count > PerStudentBudget.smallDistrictLimit {
                reader.error(english: "funding source '\(source.id)' adds each school's own budget, which only a district of \(PerStudentBudget.smallDistrictLimit) schools or fewer may do; this plan has \(plan.schools.count); remove 'add_school_budgets' so the budget is counted district-wide",
                             at: adds.location)
            }
        }
    }
}
