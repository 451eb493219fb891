import PlanwrightModel

/// Held sessions as a record: what a session recorded under `training: held:` keeps whatever
/// the plan does later, including its rollout being marked done.
extension TrainingSessionPlacer {
    /// A held session as progress: its day, and who of the group missed it (absent, or not
    /// joined yet) and needs a make-up.
    func heldProgress(group: TrainingGroup, number: Int, on day: SchoolDate) -> SessionProgress {
        let id = TrainingSession.id(group: group.id, number: number)
        let away = absent[id] ?? []
        let missed = group.members.filter { away.contains($0) || (joined[$0].map { $0 > day } ?? false) }
        return SessionProgress(session: id, group: group.id, number: number, state: .held, planned: day, date: day,
                               reason: "session \(number) of group \(group.id) was held on \(dates.day(day))", absent: missed)
    }

    /// A programme whose milestone is done places nothing new (its people use the tool already)
    /// and nothing in it is late; the sessions it held stay, on their days, with the groups that
    /// held them: who was trained, with whom, and what it cost are the year's record.
    func placeHeldOnly(_ groups: [TrainingGroup], tracks: [PlannedTrack], programme: TrainingProgrammes.Spec) -> Result {
        var result = Result()
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for group in groups {
            guard let track = trackByID[group.track], track.sessions > 0,
                  (1...track.sessions).contains(where: { held[TrainingSession.id(group: group.id, number: $0)] != nil }) else { continue }
            // Only groups that met: someone who came after the training ended was not trained in it.
            result.groups.append(group)
            for n in 1...track.sessions {
                guard let day = held[TrainingSession.id(group: group.id, number: n)] else { continue }
                result.progress.append(heldProgress(group: group, number: n, on: day))
                let slot = slot(heldOn: day)
                let details = Self.details(slot.kind, on: day, year: plan.year)
                result.sessions.append(TrainingSession(group: group.id, number: n, date: day, minutes: track.minutes, slot: slot.kind,
                                                       focus: focus(on: day, goal: programme.goal), time: details.time?.first(track.minutes),
                                                       place: details.place, programme: programme.id))
            }
        }
        return result
    }
}
