import PlanwrightDocument
import PlanwrightModel

/// Judges each milestone on the as-of date against the plan's own schedule (the baseline:
/// every milestone as soon as possible, nothing late) and the re-plan from that date.
struct MilestoneProgressTracker {
    let calendar: SchoolCalendar
    let asOf: SchoolDate
    /// Its reasons are read in `status` and on handouts: dates as people say them.
    let dates: PeopleDates

    struct Result {
        var milestones: [String: MilestoneProgress]
        /// A `due` that only the late work puts out of reach, as warnings (the plan itself is fine).
        var diagnostics: [Diagnostic]
    }

    func track(_ items: [WorkItem], baseline: MilestoneScheduler.Result, replanned: MilestoneScheduler.Result) -> Result {
        // A problem the baseline already has is the plan's own error, reported there once.
        let planProblems = Set(baseline.problems.map { "\($0.milestone) \($0.kind)" })
        var threatened: [String: MilestoneScheduler.Problem] = [:]
        for problem in replanned.problems where !planProblems.contains("\(problem.milestone) \(problem.kind)") {
            threatened[problem.milestone] = threatened[problem.milestone] ?? problem
        }
        var result = Result(milestones: [:], diagnostics: [])
        // Planned as of the first day, nothing is held back: the two schedules are one.
        let same = calendar.index(onOrAfter: asOf) == 0
        for item in items {
            guard let planned = baseline.slots[item.id], let now = same ? planned : replanned.slots[item.id] else { continue }
            let plannedStart = calendar.date(at: planned.start), plannedEnd = calendar.date(at: planned.end)
            let end = calendar.date(at: now.end)
            var progress = MilestoneProgress(id: item.id, title: item.title, state: .onTrack, plannedStart: plannedStart, plannedEnd: plannedEnd,
                                             start: calendar.date(at: now.start), end: end, slip: now.end - planned.end, reason: "")
            if item.status == .done {
                progress.state = .done
                progress.reason = item.doneOn.map { "Done on \(dates.day($0))." } ?? "Done."
            } else if plannedEnd < asOf {
                progress.state = .late
                // School days gone by since its planned end, counting the as-of date itself.
                let behind = max(1, calendar.index(onOrAfter: asOf.adding(days: 1)) - planned.end - 1)
                // Late work that never began reads "not started": "planned" would say nothing is wrong.
                let started = item.status == .planned ? "not started" : item.blockedBecause.map { "blocked: \($0)" } ?? item.status.words
                // Work in progress keeps going to the as-of date at least; how much is left, the plan does not say.
                let replanned = item.status == .inProgress ? "to end on \(dates.day(end)) at the earliest" : "to end on \(dates.day(end))"
                progress.reason = "Was to end on \(dates.day(plannedEnd)) and is \(Self.schoolDays(behind)) late (\(started)); re-planned \(replanned)."
            } else if let problem = threatened[item.id] {
                progress.state = .atRisk
                progress.reason = "At risk: \(problem.message)."
                result.diagnostics.append(.warning("as of \(asOf), \(problem.message)", at: problem.location))
            } else if item.status == .blocked {
                progress.state = .atRisk
                progress.reason = item.blockedBecause.map { "Marked blocked: \($0). It was to end on \(dates.day(plannedEnd)); move its dates if it cannot wait." }
                    ?? "Marked blocked; it was to end on \(dates.day(plannedEnd)). Say what unblocks it, or move its dates."
            } else {
                progress.reason = onTrackReason(item, now: now, slip: progress.slip, end: end)
            }
            if progress.state != .done { progress.spill = YearSpill.of(end: end, year: calendar.year) }
            result.milestones[item.id] = progress
        }
        return result
    }

    private func onTrackReason(_ item: WorkItem, now: MilestoneScheduler.Slot, slip: Int, end: SchoolDate) -> String {
        let start = calendar.date(at: now.start)
        let timing = item.status == .inProgress ? "In progress, to end on \(dates.day(end))" : "Starts on \(dates.day(start)), ends on \(dates.day(end))"
        guard slip > 0 else { return timing + "." }
        if now.endsOnAsOf == nil, case let .predecessor(waiting) = now.constraint {
            return timing + ": \(Self.schoolDays(slip)) later than planned, waiting for '\(waiting)'."
        }
        return timing + ": \(Self.schoolDays(slip)) later than planned, since unfinished work cannot be done before \(dates.day(asOf))."
    }

    static func schoolDays(_ count: Int) -> String { count == 1 ? "1 school day" : "\(count) school days" }
}
