import PlanwrightDocument
import PlanwrightModel

/// A source asked to pay more than it has: in a year of a per-year amount, or over all the
/// years of a pooled total (`PlannedBudget.overCommitments`). A warning, not an error: the
/// business office may find more, but until then the plan spends money it does not have.
struct FundingNotOverCommitted: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let budget = context.budget
        let over = Dictionary(grouping: budget.overCommitments, by: \.source)
        return budget.sources.compactMap { source in
            guard let short = over[source.id] else { return nil }
            if let pooled = short.first(where: { $0.year == nil }) {
                return .warning(english: "\(Excerpt.of(source.name)) is over-committed: the plan charges it \(budget.words(pooled.charged)) in \(context.years(of: source)) against its \(budget.words(pooled.available)), \(budget.words(pooled.over)) over; move costs to another source or plan less",
                                at: source.location)
            }
            guard let amount = source.perYear.first?.amount else { return nil }
            let years = short.compactMap { s in s.year.map { "\($0) by \(budget.words(s.over))" } }
            return .warning(english: "\(Excerpt.of(source.name)) is over-committed: the plan charges it more than its \(budget.words(amount)) a year in \(years.joinedAsList()); move costs to another source or plan less",
                            at: source.location)
        }
    }
}
