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
                return .warning(Message("budget_check_pooled_over_committed", [
                                    "source": .text(Excerpt.of(source.name)), "charged": budget.value(pooled.charged), "years": .text(context.years(of: source)),
                                    "available": budget.value(pooled.available), "over": budget.value(pooled.over),
                                ]),
                                at: source.location)
            }
            guard let amount = source.perYear.first?.amount else { return nil }
            let years: [Message.Value] = short.compactMap { s in
                s.year.map { .message(Message("budget_check_year_over_by", ["year": .message($0.phrase), "over": budget.value(s.over)])) }
            }
            return .warning(Message("budget_check_yearly_over_committed", [
                                "source": .text(Excerpt.of(source.name)), "amount": budget.value(amount), "years": .list(years),
                            ]),
                            at: source.location)
        }
    }
}
