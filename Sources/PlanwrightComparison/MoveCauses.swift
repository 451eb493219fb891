import PlanwrightModel
import PlanwrightPlanning

/// Why a milestone's dates changed: a milestone it waits for moved, the calendar gained or lost
/// a closure inside its span, or the milestone itself changed. Reads both schedules and the
/// constraint the scheduler recorded for each start; never re-plans.
struct MoveCauses {
    let old: PlanDiffer.Side
    let new: PlanDiffer.Side
    private let addedClosures: [PlannedCalendar.Span]
    private let removedClosures: [PlannedCalendar.Span]
    /// The year's dates, testing windows, cycles or closures differ.
    private let calendarChanged: Bool

    init(old: PlanDiffer.Side, new: PlanDiffer.Side) {
        self.old = old
        self.new = new
        let a = old.planned.calendar, b = new.planned.calendar
        let before = Set(a.closures), after = Set(b.closures)
        addedClosures = b.closures.filter { !before.contains($0) }
        removedClosures = a.closures.filter { !after.contains($0) }
        calendarChanged = a.start != b.start || a.end != b.end || old.planned.cycles != new.planned.cycles || before != after
            || Set(a.testingWindows) != Set(b.testingWindows)
    }

    func of(_ a: ScheduledMilestone, _ b: ScheduledMilestone, ownChanges: [FieldChange]) -> [MoveCause] {
        var causes = predecessors(a, b) + cycleDates(b) + replanned(a, b)
        let window = min(a.start, b.start)...max(a.end, b.end)
        causes += addedClosures.filter { window.overlaps($0.from...$0.to) }.map { closure($0, .closureAdded) }
        causes += removedClosures.filter { window.overlaps($0.from...$0.to) }.map { closure($0, .closureRemoved) }
        // An `after` list that changed is already told by the milestones now (or no longer) waited for.
        let waitedFor = Set(causes.compactMap(\.milestone))
        let changedAfter = Set(a.after).symmetricDifference(b.after)
        causes += ownChanges
            .filter { $0.field != .after || !changedAfter.isSubset(of: waitedFor) }
            .map { MoveCause(kind: .ownChange, change: $0) }
        if causes.isEmpty, calendarChanged { causes.append(MoveCause(kind: .calendar)) }
        return causes
    }

    /// The milestone that held back the start, in the old schedule and in the new, when its end
    /// changed or it is newly (or no longer) waited for.
    private func predecessors(_ a: ScheduledMilestone, _ b: ScheduledMilestone) -> [MoveCause] {
        let ids = [b.startConstraint.followedMilestone, a.startConstraint.followedMilestone].compactMap { $0 }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }.compactMap { id in
            let oldEnd = a.after.contains(id) ? old.milestones[id]?.end : nil
            let newEnd = b.after.contains(id) ? new.milestones[id]?.end : nil
            return oldEnd == newEnd ? nil : MoveCause(kind: .waitsFor, milestone: id, oldEnd: oldEnd, newEnd: newEnd)
        }
    }

    /// Unfinished work is not dated before the version's as-of date (see `Planner.asOf`): the
    /// milestone starts (or, in progress, ends) on that date rather than where the plan put it.
    private func replanned(_ a: ScheduledMilestone, _ b: ScheduledMilestone) -> [MoveCause] {
        let was = heldByAsOf(a, in: old), now = heldByAsOf(b, in: new)
        guard was != now || (was != nil && old.planned.progress.asOf != new.planned.progress.asOf) else { return [] }
        let span = { (date: SchoolDate?) in date.map { MoveCause.Span(name: nil, from: $0, to: $0) } }
        return [MoveCause(kind: .replanned, span: span(now), oldSpan: span(was))]
    }

    /// The version's as-of date (as the reader gave it, not the school day it falls on), when
    /// the scheduler recorded that it holds `m`'s start or end.
    private func heldByAsOf(_ m: ScheduledMilestone, in side: PlanDiffer.Side) -> SchoolDate? {
        m.startConstraint.asOfDate != nil || m.endsOnAsOf != nil ? side.planned.progress.asOf : nil
    }

    private func closure(_ span: PlannedCalendar.Span, _ kind: MoveCause.Kind) -> MoveCause {
        MoveCause(kind: kind, span: MoveCause.Span(name: span.name, from: span.from, to: span.to))
    }

    /// The planner's own milestones follow their cycle: its steps start with it, its review ends it.
    private func cycleDates(_ m: ScheduledMilestone) -> [MoveCause] {
        guard m.origin != .plan, let now = new.planned.cycles.first(where: { $0.number == m.cycle }),
              let was = old.planned.cycles.first(where: { $0.number == m.cycle }),
              was.start != now.start || was.end != now.end else { return [] }
        return [MoveCause(kind: .cycleDates, span: MoveCause.Span(cycle: now.name, from: now.start, to: now.end),
                          oldSpan: MoveCause.Span(cycle: was.name, from: was.start, to: was.end))]
    }

    /// School days from one date to another, negative when earlier. A day counts when it is a
    /// school day in either calendar, so a milestone pushed past a new week-long break moved five days.
    func schoolDays(from a: SchoolDate, to b: SchoolDate) -> Int {
        guard a != b else { return 0 }
        let low = min(a, b), high = max(a, b)
        let days = ((low.dayNumber + 1)...high.dayNumber).count {
            let day = SchoolDate(dayNumber: $0)
            return old.planned.calendar.isSchoolDay(day) || new.planned.calendar.isSchoolDay(day)
        }
        return a < b ? days : -days
    }
}
