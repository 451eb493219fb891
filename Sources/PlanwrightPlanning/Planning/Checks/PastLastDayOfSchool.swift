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
                let asOf = context.asOf.map { "as of \($0), " } ?? ""
                return .warning(english: "\(asOf)milestone '\(m.id)' was to end on \(progress.plannedEnd) and is re-planned to end on \(m.end), "
                                + "past the last day of school (\(plan.year.end)): it spills into \(Self.words(spill)); "
                                + "finish or shorten it this year, or carry it into next year's plan", at: location)
            }
            guard m.origin == .plan, let location = locations[m.id] else { return nil }
            return .warning(english: "milestone '\(m.id)' runs to \(m.end), past the last day of school (\(plan.year.end)); shorten it, start it sooner, or move it to next year's plan",
                            at: location)
        }
    }

    static func words(_ spill: YearSpill) -> String {
        switch spill {
        case .summer: "the summer"
        case .nextYear: "next school year"
        }
    }
}
