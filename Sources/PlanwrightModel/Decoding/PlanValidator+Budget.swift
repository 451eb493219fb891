import PlanwrightDocument

extension PlanValidator {
    /// Every cost, support and stipend is paid by a source the plan lists, and support is for
    /// schools it has.
    func checkBudget(schools: Set<String>) {
        let sources = unique(plan.funding.map(\.id), "funding source") { plan.funding[$0].location }
        func payers(_ split: FundingSplit?, _ what: String) {
            for part in split?.parts ?? [] { resolve(part.source, in: sources, "\(what) is paid by", "funding source under 'funding'") }
        }
        for goal in plan.goals {
            for cost in goal.costs + goal.milestones.flatMap(\.costs) { payers(cost.funding, "cost '\(Excerpt.of(cost.item))'") }
        }
        for support in plan.support {
            payers(support.funding, "support '\(Excerpt.of(support.what))'")
            for school in support.schools { resolve(school, in: schools, "support '\(Excerpt.of(support.what))' is for school", "school", unless: .schools) }
        }
        payers(plan.training.costs?.funding, "the training cost")
        payers(plan.champions.stipend?.funding, "the champion stipend")
    }
}
