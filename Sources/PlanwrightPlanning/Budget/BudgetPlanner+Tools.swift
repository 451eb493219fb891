import PlanwrightModel

extension BudgetPlanner {
    /// Each tool's `cost` in the inventory: a software line every year of the budget, paid on the
    /// anniversary of its renewal (the first day of school when the plan gives none), by its `funding`
    /// (unfunded when none, as a cost line is). What the district already pays for is counted
    /// beside what the plan adds, so a new tool is weighed against the ones it could replace.
    /// Like a cost with no `per`, it is paid once: at its one school, or on a district-wide line.
    func addTools(to builder: inout LineBuilder) {
        for tool in plan.tools.tools {
            guard let cost = tool.cost else { continue }
            let schools = scopeSchools.schools(in: tool.scope)
            let single = schools.count == 1 ? schools[0].id : nil
            let payments = CostPayments(first: firstRenewal(tool.renewal?.value ?? plan.year.start), recurrence: .year, until: nil, refreshYears: nil)
            builder.add(PlannedCost(item: .tool(id: tool.id, name: tool.name), category: .software, origin: .tools, goal: nil, milestone: nil,
                                    schools: schools.count < plan.schools.count ? schools.map(\.id) : [], recurrence: .year,
                                    unit: nil, unitAmount: nil, units: nil, refreshYears: nil,
                                    grades: tool.scope.grades.flatMap { $0 == .all || $0.isEmpty ? nil : $0 },
                                    funding: tool.funding?.parts.map(\.source.id) ?? [], total: .zero, spent: nil,
                                    firstPayment: payments.first, location: cost.location),
                        payments: payments, parts: [(single, nil, cost.value)], funding: tool.funding)
        }
    }

    /// The first anniversary of a renewal on or after the budget's first day: the renewal the plan
    /// writes is the next one, and a tool renewed on July 1 was paid for this year last July 1
    /// too, so every fiscal year of the budget carries the tool once.
    private func firstRenewal(_ renewal: SchoolDate) -> SchoolDate {
        let fiscal = plan.budget.fiscalCalendar
        let start = fiscal.firstDay(of: fiscal.year(of: plan.year.start))
        // Whole years that surely stay after the start, then year by year (at most two steps).
        var first = renewal.adding(months: -12 * max(0, renewal.components.year - start.components.year - 1))
        while first.adding(months: -12) >= start { first = first.adding(months: -12) }
        return first
    }
}
