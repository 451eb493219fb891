import PlanwrightDocument

/// A funding source named by a cost, support or stipend, and how that payer is named in messages.
struct FundingReference {
    let source: Reference
    /// "cost 'Canvas licences'", "the champion stipend", "the training costs".
    let what: Message

    /// "… is paid by", or "are paid by" for a payer named in the plural ("the training costs").
    var paidBy: Message { Message("validate_lead_paid_by", count: what.key == "budget_the_training_costs" ? 2 : 1, ["what": .message(what)]) }
}

extension PlanValidator {
    /// Every cost, support and stipend is paid by a source the plan lists (checked for every
    /// payer the decoder read, also one whose other keys were wrong), and support is for
    /// schools the plan has.
    func checkBudget(schools: Set<String>) {
        let sources = unique(plan.funding.map(\.id), .fundingSource) { plan.funding[$0].location }
        for payer in payers { resolve(payer.source, in: sources, payer.paidBy, Message("validate_noun_listed_funding_source")) }
        checkDiscounts()
        for support in plan.support {
            for school in support.schools { resolve(school, in: schools, Message("validate_lead_support_for_school", ["support": .text(Excerpt.of(support.what))]),
                                                  IdentifiedEntry.school.noun(), unless: .schools) }
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
        reader.error(Message("validate_budget_past_year_9999", count: budget.years, ["first": .text("\(first)"), "last": .text("\(last)")]),
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
                    reader.error(Message("validate_rest_paid_by_itself", ["source": .text(source.id)]),
                                 at: rest.location)
                } else if discounted[rest.id] == true {
                    reader.error(Message("validate_rest_paid_by_discount", ["source": .text(source.id), "rest": .text(rest.id)]),
                                 at: rest.location)
                } else if source.restrictions.discount == nil {
                    reader.error(Message("validate_rest_paid_by_without_discount", ["source": .text(source.id)]),
                                 at: rest.location)
                }
            }
            if let adds = source.restrictions.perStudent?.addsSchoolBudgets, adds.value, plan.schools.count > PerStudentBudget.smallDistrictLimit {
                reader.error(Message("validate_school_budgets_in_large_district", count: PerStudentBudget.smallDistrictLimit,
                                     ["source": .text(source.id), "schools": .number(plan.schools.count)]),
                             at: adds.location)
            }
        }
    }
}
