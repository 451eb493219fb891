import PlanwrightDocument
import PlanwrightModel

/// What the budget checks share: how they name sources, years, dates and milestones for a
/// superintendent and a business manager (when a source has money is `PlannedBudget.hasMoney`).
extension CheckContext {
    /// Dates as people read them: "Fri, Jun 30, 2028" outside this school year.
    var peopleDates: PeopleDates { PeopleDates(plan.year) }

    /// "FY2027–FY2031": the fiscal years the budget looks ahead over.
    var budgetYears: String { yearSpan(budget.years.first, budget.years.last) }

    func yearSpan(_ first: FiscalYear?, _ last: FiscalYear?) -> String {
        guard let first, let last else { return "" }
        return FiscalYear.span(first, last)
    }

    /// The years a pooled total can be spent in: its own from–to, within the budget's.
    func years(of source: PlannedFundingSource) -> String {
        yearSpan(source.from.map { max($0, budget.years.first ?? $0) } ?? budget.years.first,
                 source.to.map { min($0, budget.years.last ?? $0) } ?? budget.years.last)
    }

    /// `budgetYears` in the reader's language: "FY2027–FY2031", "AF2027–AF2031".
    var budgetYearsPhrase: Message.Value { yearSpanPhrase(budget.years.first, budget.years.last) }

    /// `years(of:)` in the reader's language.
    func yearsPhrase(of source: PlannedFundingSource) -> Message.Value {
        yearSpanPhrase(source.from.map { max($0, budget.years.first ?? $0) } ?? budget.years.first,
                       source.to.map { min($0, budget.years.last ?? $0) } ?? budget.years.last)
    }

    func yearSpanPhrase(_ first: FiscalYear?, _ last: FiscalYear?) -> Message.Value {
        guard let first, let last else { return .text("") }
        return .message(FiscalYear.spanPhrase(first, last))
    }

    /// Why a source has no money for a payment on `date` in `year`: "after the State
    /// digital-learning grant ends on Fri, Jun 30, 2028", or with the day in parentheses.
    func whyUncovered(by source: PlannedFundingSource, on date: SchoolDate, in year: FiscalYear, dayInParentheses: Bool = false) -> Message {
        let name = Message.Value.text(Excerpt.of(source.name))
        if let from = source.from, year < from { return Message("budget_check_before_source_starts", ["source": name, "year": .message(from.phrase)]) }
        if let ends = source.ends, ends < date {
            let day = peopleDates.value(ends)
            return dayInParentheses ? Message("budget_check_after_source_ends_day", ["source": name, "day": day])
                : Message("budget_check_after_source_ends_on", ["source": name, "day": day])
        }
        if let to = source.to { return Message("budget_check_after_source_last_year", ["source": name, "year": .message(to.phrase)]) }
        return Message("budget_check_outside_source_years", ["source": name])
    }

    /// Where the plan writes a milestone, or the school year for one the planner adds.
    func location(ofMilestone id: String) -> SourceLocation {
        plan.milestones.first { $0.id == id }?.location ?? plan.year.location
    }
}

extension PlannedCost {
    /// "Student Chromebooks (180 devices)" for a per-unit cost, else its item.
    var itemWithUnits: Message.Value {
        guard let unit, let units else { return item.excerpt }
        return .message(Message("budget_check_item_with_units", ["item": item.excerpt, "units": .message(unit.phrase(units))]))
    }
}
