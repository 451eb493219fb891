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
    }
}
