import PlanwrightDocument
import PlanwrightModel

/// Judges each milestone on the as-of date against the plan's own schedule (the baseline:
/// every milestone as soon as possible, nothing late) and the re-plan from that date.
struct MilestoneProgressTracker {
    let calendar: SchoolCalendar
    let asOf: SchoolDate

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
                                             start: calendar.date(at: now.start), end: end, slip: now.end - planned.end, reason: .onTrack(inProgress: false, later: nil))
            if item.status == .done {
                progress.state = .done
                progress.reason = .done(on: item.doneOn)
            } else if plannedEnd < asOf {
                progress.state = .late
                // School days gone by since its planned end, counting the as-of date itself.
                let behind = max(1, calendar.index(onOrAfter: asOf.adding(days: 1)) - planned.end - 1)
                progress.reason = .late(schoolDaysBehind: behind, status: item.status, blockedBecause: item.blockedBecause)
            } else if let problem = threatened[item.id] {
                progress.state = .atRisk
                progress.reason = .atRisk(problem: problem.message)
                result.diagnostics.append(.warning(Message("progress_as_of_problem", ["as_of": .text("\(asOf)"), "problem": .message(problem.message)]), at: problem.location))
            } else if item.status == .blocked {
                progress.state = .atRisk
                progress.reason = .markedBlocked(because: item.blockedBecause)
            } else {
                progress.reason = onTrackReason(item, now: now, slip: progress.slip)
            }
            if progress.state != .done { progress.spill = YearSpill.of(end: end, year: calendar.year) }
            result.milestones[item.id] = progress
        }
        return result
    }

    private func onTrackReason(_ item: WorkItem, now: MilestoneScheduler.Slot, slip: Int) -> ProgressReason {
        let inProgress = item.status == .inProgress
        guard slip > 0 else { return .onTrack(inProgress: inProgress, later: nil) }
        if now.endsOnAsOf == nil, case let .predecessor(waiting) = now.constraint {
            return .onTrack(inProgress: inProgress, later: .waitingFor(waiting))
        }
        return .onTrack(inProgress: inProgress, later: .unfinishedWork(asOf: asOf))
    }
}
