import PlanwrightDocument
import PlanwrightModel

/// A source asked to pay more than it has: in a year of a per-year amount, or over all the
/// years of a pooled total. A warning, not an error: the business office may find more, but
/// until then the plan spends money it does not have.
struct FundingNotOverCommitted: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        return budget.sources.compactMap { source in
            if let total = source.total {
                let paid = budget.paid(by: source.id)
                guard paid > total else { return nil }
                return .warning("\(Excerpt.of(source.name)) is over-committed: the plan charges it \(budget.words(paid)) in \(context.years(of: source)) against its \(budget.words(total)), \(budget.words(paid - total)) over; move costs to another source or plan less",
                                at: source.location)
            }
            let over = source.perYear.compactMap { year -> String? in
                let paid = budget.paid(by: source.id, in: year.year)
                return paid > year.amount ? "\(year.year) by \(budget.words(paid - year.amount))" : nil
            }
            guard let amount = source.perYear.first?.amount, !over.isEmpty else { return nil }
            return .warning("\(Excerpt.of(source.name)) is over-committed: the plan charges it more than its \(budget.words(amount)) a year in \(over.joinedAsList()); move costs to another source or plan less",
                            at: source.location)
        }
    }
}
