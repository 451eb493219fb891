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
        reader.error("the budget's \(budget.years) fiscal \(budget.years == 1 ? "year runs" : "years run") from \(first) to \(last), past FY9999, the last year a date can be written; check the school year's dates, or plan fewer budget years",
                     at: budget.location ?? plan.year.location)
    }
}
