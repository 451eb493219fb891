import PlanwrightDocument
import PlanwrightModel

/// Work dated past the last day of school does not happen this year: it belongs in a shorter
/// form, an earlier start, or next year's plan. Said once per milestone, in one of two ways: the
/// plan itself dates it there, or late work re-planned from the as-of date spills it there.
struct PastLastDayOfSchool: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let plan = context.plan
        let locations = Dictionary(plan.milestones.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        // A generated milestone has its line in the file only where `progress:` records it.
        let recorded = Dictionary(plan.progress.map { ($0.milestone.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        return context.milestones.compactMap { m in
            guard m.end > plan.year.end else { return nil }
            if let progress = context.progress[m.id], let spill = progress.spill, progress.plannedEnd <= plan.year.end {
                guard let location = m.origin == .plan ? locations[m.id] : recorded[m.id] else { return nil }
                var values: [String: Message.Value] = ["milestone": .text(m.id), "planned_end": .text("\(progress.plannedEnd)"), "end": .text("\(m.end)"),
                                                       "last_day": .text("\(plan.year.end)"), "spill": .message(Self.phrase(spill))]
                guard let asOf = context.asOf else { return .warning(Message("check_milestone_replanned_past_year_end", values), at: location) }
                values["as_of"] = .text("\(asOf)")
                return .warning(Message("check_milestone_replanned_past_year_end_as_of", values), at: location)
            }
            guard m.origin == .plan, let location = locations[m.id] else { return nil }
            return .warning(Message("check_milestone_past_year_end", ["milestone": .text(m.id), "end": .text("\(m.end)"), "last_day": .text("\(plan.year.end)")]),
                            at: location)
        }
    }

    static func phrase(_ spill: YearSpill) -> Message {
        switch spill {
        case .summer: Message("check_spill_summer")
        case .nextYear: Message("check_spill_next_year")
        }
    }
}
