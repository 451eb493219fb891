import PlanwrightDocument

/// Pitfall 6 of the evaluation brief: staff should be trained before they are asked to use the
/// tool, so a track whose sessions find no training day in the window is reported.
struct TrainingSessionsPlaced: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let training = context.training, window = context.training.window
        let location = context.plan.training.location ?? context.plan.year.location
        var diagnostics: [Diagnostic] = []
        for track in training.tracks where track.members > 0 {
            let ids = Set(training.groups.filter { $0.track == track.id }.map(\.id))
            let placed = Set(training.sessions.filter { ids.contains($0.group) }.map(\.date)).count
            if placed == 0, !SchoolCalendar(year: context.plan.year).hasSchoolDay(from: window.from, to: window.to) {
                // "Between a Saturday and a Sunday" would send a leader looking for a PD day that cannot exist.
                diagnostics.append(.warning("training track '\(track.name)' has no session: its training window, \(window.from) to \(window.to) (\(window.reason)), holds no school day; widen it to take in school days, so these \(track.members) staff are trained before they are asked to use it",
                                            at: location))
            } else if placed == 0 {
                let needsPDDay = track.minutes > (context.plan.year.earlyReleaseTime?.minutes ?? TrainingSessionPlacer.earlyReleaseMinutes)
                diagnostics.append(.warning("training track '\(track.name)' has no session: no PD or early-release day \(needsPDDay ? "(a \(track.minutes)-minute session needs a PD day) " : "")falls between \(window.from) and \(window.to) (\(window.reason)); add one, so these \(track.members) staff are trained before they are asked to use it",
                                            at: location))
            } else if placed < track.sessions {
                diagnostics.append(.warning("training track '\(track.name)' gets \(placed) of its \(track.sessions) sessions: only \(placed) training days fall between \(window.from) and \(window.to) (\(window.reason)); add PD or early-release days there, or plan fewer sessions",
                                            at: location))
            }
        }
        return diagnostics
    }
}
