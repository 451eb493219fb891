import PlanwrightModel
import PlanwrightPlanning

/// Matches the two schedules' milestones by id: added, removed, moved (with causes) and changed.
struct MilestoneComparison {
    let old: PlanDiffer.Side
    let new: PlanDiffer.Side
    /// Plans for different school years: a milestone in both did not move by a year, it is the
    /// same work in another year; only what it says differently (title, owner, length) counts.
    var acrossYears = false

    func compare() -> MilestoneChanges {
        var changes = MilestoneChanges(added: [], removed: [], moved: [], changed: [])
        let causes = MoveCauses(old: old, new: new)
        for milestone in new.planned.milestones {
            guard let before = old.milestones[milestone.id] else {
                changes.added.append(Self.dated(milestone))
                continue
            }
            let fields = fieldChanges(before, milestone)
            if acrossYears {
                if milestone.carriedFrom != nil {
                    changes.carried.append(Self.dated(milestone))
                } else {
                    let changed = (fields.scheduling + fields.other).filter { Self.sameInAnyYear.contains($0.field) }
                    if !changed.isEmpty {
                        changes.changed.append(ChangedMilestone(id: milestone.id, title: milestone.title, start: milestone.start,
                                                                end: milestone.end, changes: changed))
                    }
                }
                continue
            }
            if before.start != milestone.start || before.end != milestone.end {
                changes.moved.append(MovedMilestone(
                    id: milestone.id, title: milestone.title, origin: milestone.origin,
                    oldStart: before.start, oldEnd: before.end, newStart: milestone.start, newEnd: milestone.end,
                    startShift: causes.schoolDays(from: before.start, to: milestone.start),
                    endShift: causes.schoolDays(from: before.end, to: milestone.end),
                    causes: causes.of(before, milestone, ownChanges: fields.scheduling), changes: fields.other,
                    spill: new.progress[milestone.id]?.spill))
            } else if !(fields.scheduling + fields.other).isEmpty {
                changes.changed.append(ChangedMilestone(id: milestone.id, title: milestone.title, start: milestone.start,
                                                        end: milestone.end, changes: fields.scheduling + fields.other))
            }
        }
        changes.removed = old.planned.milestones.filter { new.milestones[$0.id] == nil }.map { before in
            var dated = Self.dated(before)
            if acrossYears { dated.done = before.status == .done }
            return dated
        }
        return changes
    }

    /// The fields that mean the same in any school year: not dates, statuses or the cycle, which a new year starts afresh.
    private static let sameInAnyYear: Set<FieldChange.Field> = [.title, .owner, .days, .kind]

    static func dated(_ m: ScheduledMilestone) -> DatedMilestone {
        DatedMilestone(id: m.id, title: m.title, kind: m.kind, origin: m.origin, start: m.start, end: m.end, days: m.days, owner: m.owner)
    }

    /// What the milestone itself says differently: fields that can move it, and fields that cannot.
    private func fieldChanges(_ a: ScheduledMilestone, _ b: ScheduledMilestone) -> (scheduling: [FieldChange], other: [FieldChange]) {
        let da = a.declared, db = b.declared
        var scheduling: [FieldChange] = []
        func note(_ field: FieldChange.Field, _ x: String?, _ y: String?, into list: inout [FieldChange]) {
            if x != y { list.append(FieldChange(field: field, old: x, new: y)) }
        }
        note(.days, "\(a.days)", "\(b.days)", into: &scheduling)
        note(.on, da?.on?.description, db?.on?.description, into: &scheduling)
        note(.notBefore, da?.notBefore?.description, db?.notBefore?.description, into: &scheduling)
        note(.after, a.after.joined(separator: ", "), b.after.joined(separator: ", "), into: &scheduling)
        note(.status, a.status.rawValue, b.status.rawValue, into: &scheduling)
        note(.doneOn, da?.doneOn?.description, db?.doneOn?.description, into: &scheduling)
        note(.kind, a.kind.rawValue, b.kind.rawValue, into: &scheduling)
        // The planner places its own milestones by the cycle of their priority; the plan's follow from their dates.
        if b.origin != .plan { note(.cycle, "\(a.cycle)", "\(b.cycle)", into: &scheduling) }
        var other: [FieldChange] = []
        // Compared as facts: a pilot the planner added keeps its title while its rollout's does.
        if a.title != b.title { other.append(FieldChange(title: a.title, b.title)) }
        note(.owner, a.owner, b.owner, into: &other)
        note(.due, a.due?.description, b.due?.description, into: &other)
        // Work no longer blocked has no reason to lose: its new status says so.
        if b.status == .blocked { note(.blockedBecause, a.blockedBecause, b.blockedBecause, into: &other) }
        return (scheduling, other)
    }
}
