import PlanwrightDocument

/// Pitfall 6 of the evaluation brief: staff should be trained before they are asked to use the
/// tool, so a programme's track whose groups find too few training days in its window is
/// reported, with the programme it prepares for.
struct TrainingSessionsPlaced: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let training = context.training
        let location = context.plan.training.location ?? context.plan.year.location
        let calendar = SchoolCalendar(year: context.plan.year)
        let placedByGroup = Dictionary(grouping: training.sessions, by: \.group).mapValues(\.count)
        let unplacedByGroup = Dictionary(grouping: training.unplaced, by: \.group)
        let groupsByProgramme = Dictionary(grouping: training.groups, by: \.programme)
        var diagnostics: [Diagnostic] = []
        for programme in training.programmes {
            let window = programme.window
            // "For the district" says nothing; a rollout's name says which training is short.
            let prepares = programme.id == TrainingProgrammes.districtID ? "" : " for '\(programme.name)'"
            let groups = groupsByProgramme[programme.id] ?? []
            for track in programme.tracks where track.members > 0 {
                let here = groups.filter { $0.track == track.id }
                let fewest = here.map { placedByGroup[$0.id] ?? 0 }.min() ?? 0
                if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !calendar.hasSchoolDay(from: window.from, to: window.to) {
                    // "Between a Saturday and a Sunday" would send a leader looking for a PD day that cannot exist.
                    diagnostics.append(.warning("training track '\(track.name)' has no session\(prepares): its training window, \(window.from) to \(window.to) (\(window.reason)), holds no school day; widen it to take in school days, so these \(track.members) staff are trained before they are asked to use it",
                                                at: location))
                } else if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !here.contains(where: { unplacedByGroup[$0.id]?.first?.clashesWith != nil }) {
                    let needsPDDay = track.minutes > (context.plan.year.earlyReleaseTime?.minutes ?? TrainingSessionPlacer.earlyReleaseMinutes)
                    diagnostics.append(.warning("training track '\(track.name)' has no session\(prepares): no PD or early-release day \(needsPDDay ? "(a \(track.minutes)-minute session needs a PD day) " : "")falls between \(window.from) and \(window.to) (\(window.reason)); add one, so these \(track.members) staff are trained before they are asked to use it",
                                                at: location))
                } else if fewest < track.sessions, let short = here.first(where: { (placedByGroup[$0.id] ?? 0) == fewest }),
                          let reason = unplacedByGroup[short.id]?.first?.reason {
                    diagnostics.append(.warning("training track '\(track.name)' gets \(fewest) of its \(track.sessions) sessions\(prepares) in group '\(short.id)': \(reason) (\(window.reason)); add PD or early-release days there, or plan fewer sessions",
                                                at: location))
                }
            }
        }
        return diagnostics
    }
}
