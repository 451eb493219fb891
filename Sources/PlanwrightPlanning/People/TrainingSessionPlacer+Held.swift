import PlanwrightModel

/// Held sessions as a record: what a session recorded under `training: held:` keeps whatever
/// the plan does later, including its rollout being marked done.
extension TrainingSessionPlacer {
    /// Whether `person` of the group missed the session `id` held on `day`: recorded `absent:`,
    /// or not joined yet (`joined:` after it).
    private func missed(_ person: String, session id: String, on day: SchoolDate) -> Bool {
        (absent[id]?.contains(person) ?? false) || (joined[person].map { $0 > day } ?? false)
    }

    /// A held session as progress: its day, and who of the group missed it (absent, or not
    /// joined yet) and needs a make-up.
    func heldProgress(group: TrainingGroup, number: Int, on day: SchoolDate) -> SessionProgress {
        let id = TrainingSession.id(group: group.id, number: number)
        return SessionProgress(session: id, group: group.id, number: number, state: .held, planned: day, date: day,
                               absent: group.members.filter { missed($0, session: id, on: day) })
    }

    /// Who attended a held session, which its participant stipends are paid by: the group's
    /// members and former members (recorded as it met, who have left since or whom its programme
    /// no longer reaches: they were there), but for those who missed it. A session still to come
    /// is for the group's members as they are now.
    func attended(group: TrainingGroup, number: Int, on day: SchoolDate) -> [String] {
        let id = TrainingSession.id(group: group.id, number: number)
        return (group.members + (group.formerMembers ?? [])).filter { !missed($0, session: id, on: day) }
    }

    /// A programme whose milestone is done places nothing new (its people use the tool already)
    /// and nothing in it is late; the sessions it held stay, on their days, with the groups that
    /// held them: who was trained, with whom, and what it cost are the year's record.
    func placeHeldOnly(_ groups: [TrainingGroup], tracks: [PlannedTrack], programme: TrainingProgrammes.Spec) -> Result {
        var result = Result()
        let trackByID = Dictionary(tracks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for group in groups {
            guard let track = trackByID[group.track] else { continue }
            let kept = heldOnly(group, track: track, programme: programme)
            // Only groups that met: someone who came after the training ended was not trained in it.
            guard !kept.sessions.isEmpty else { continue }
            result.groups.append(group)
            result.sessions += kept.sessions
            result.progress += kept.progress
        }
        return result
    }

    /// The sessions `group` held as of the date, on their days, and their progress; nothing new.
    /// Also what a recorded group whose every member has left keeps in a programme still going.
    func heldOnly(_ group: TrainingGroup, track: PlannedTrack, programme: TrainingProgrammes.Spec) -> (sessions: [TrainingSession], progress: [SessionProgress]) {
        var sessions: [TrainingSession] = [], progress: [SessionProgress] = []
        for n in 0..<track.sessions {
            guard let day = held[TrainingSession.id(group: group.id, number: n + 1)] else { continue }
            progress.append(heldProgress(group: group, number: n + 1, on: day))
            let slot = slot(heldOn: day)
            let details = Self.details(slot.kind, on: day, year: plan.year)
            sessions.append(TrainingSession(group: group.id, number: n + 1, date: day, minutes: track.minutes, slot: slot.kind,
                                            focus: focus(on: day, goal: programme.goal), time: details.time?.first(track.minutes),
                                            place: details.place, programme: programme.id,
                                            attended: attended(group: group, number: n + 1, on: day)))
        }
        return (sessions, progress)
    }
}
