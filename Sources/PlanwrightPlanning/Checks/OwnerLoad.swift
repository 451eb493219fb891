import PlanwrightDocument
import PlanwrightModel

/// Owners asked to carry more milestones at once than `owners.max_concurrent` allows: work
/// stacked on one person stalls, however well each piece is planned.
struct OwnerLoad: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        guard let limit = context.plan.owners.maxConcurrent else { return [] }
        var diagnostics: [Diagnostic] = []
        let byOwner = Dictionary(grouping: context.milestones.filter { $0.owner != nil && $0.status != .done }, by: { $0.owner! })
        for owner in byOwner.keys.sorted() {
            let own = byOwner[owner]!
            // Sweep starts and ends in date order to find the busiest day; ends sort before starts on a tie.
            let events = own.flatMap { [($0.start.dayNumber, 1), ($0.end.dayNumber + 1, -1)] }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            var running = 0, busiest = 0, day = 0
            for (date, change) in events {
                running += change
                if running > busiest { (busiest, day) = (running, date) }
            }
            guard busiest > limit else { continue }
            let date = SchoolDate(dayNumber: day)
            let ids = own.filter { $0.start <= date && date <= $0.end }.map(\.id).sorted().joined(separator: ", ")
            diagnostics.append(.warning(Message("check_owner_over_load", count: busiest,
                                                        ["owner": .text(owner), "date": .text("\(date)"), "ids": .text(ids), "limit": .text("\(limit)")]),
                                        at: context.plan.year.location))
        }
        return diagnostics
    }
}
