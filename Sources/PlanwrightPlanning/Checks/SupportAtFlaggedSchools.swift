import PlanwrightDocument
import PlanwrightModel

/// Pitfall 1 of the evaluation brief: the schools that would struggle need infrastructure and
/// in-person support planned. Which work is that is the framework's to say: the indicators it
/// marks with `concerns`. A framework that marks none has no such work, so every flagged school
/// is reported, as it would be by a plan that never plans it. Support the budget plans at the
/// school counts too, as the capacity the milestone would have planned: `support:` with days on
/// site, or infrastructure, devices or support staff paid for there. A `support:` entry with no
/// days on site (a help desk by phone and ticket, remote monitoring) is not in-person support,
/// whatever it costs: a flagged school with only that is still warned, and told what it has.
struct SupportAtFlaggedSchools: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let supportIndicators = Set(plan.framework.indicators.filter { !$0.concerns.isEmpty }.map(\.id))
        let goalIndicators = Dictionary(plan.goals.map { ($0.id, Set($0.indicators.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        let budget = context.budget
        let supportCategories: Set<CostCategory> = [.infrastructure, .devices, .supportStaff]
        // Support for the district as a whole (no schools named) reaches every school, the
        // flagged one too: a campus technician is on site there as well.
        let onSite = Set(budget.support.filter { $0.tenthsOfDaysPerWeek > 0 }.map(\.school))
        let remote = Dictionary(grouping: budget.support.filter { $0.tenthsOfDaysPerWeek == 0 }, by: \.school)
        // A `support:` entry's lines are judged by its days on site above, not by what it costs.
        let budgeted = onSite.union(budget.lines.filter { line in
            line.school != nil && budget.costs[line.cost].origin != .support && supportCategories.contains(budget.category(of: line))
        }.map(\.school))
        return plan.schools.filter(\.isFlaggedForSupport).compactMap { school in
            let covered = budgeted.contains(school.id) || onSite.contains(nil) || context.milestones.contains { m in
                let serves = m.indicator.map(supportIndicators.contains) ?? false
                    || (m.goal.flatMap { goalIndicators[$0] }.map { !$0.isDisjoint(with: supportIndicators) } ?? false)
                return serves && m.scope.includes(school: school.id, grades: school.grades)
            }
            guard !covered else { return nil }
            let needs = school.needsSupport.filter { $0 != .general }.map { Message.Value.message($0.phrase) }
            let what: Message.Value = needs.isEmpty ? .message(Message("check_support_need_any")) : .list(needs)
            if let away = remote[school.id] ?? remote[nil], let first = away.first {
                let has = away.contains { $0.helpDesk != nil } ? Message("check_support_help_desk") : Message("check_support_named", ["what": .text(Excerpt.of(first.what))])
                return .warning(Message("check_flagged_school_support_remote", ["school": .text(school.name), "what": what, "has": .message(has)]),
                                at: school.location)
            }
            return .warning(Message("check_flagged_school_without_support", ["school": .text(school.name), "what": what]),
                            at: school.location)
        }
    }
}

extension SupportNeed {
    /// What a flagged school needs, as a message names it: "bandwidth", "support staff".
    var phrase: Message {
        switch self {
        case .bandwidth: Message("check_support_need_bandwidth")
        case .devices: Message("check_support_need_devices")
        case .supportStaff: Message("check_support_need_support_staff")
        case .general: Message("check_support_need_general")
        }
    }
}
