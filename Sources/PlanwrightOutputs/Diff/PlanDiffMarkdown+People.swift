import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning
import PlanwrightComparison

/// The diff's Training and champions section, school by school: staff who joined or left, people
/// whose training group or champion changed, champions and groups new or gone, sessions moved.
extension DiffWriter {
    /// Sessions listed per school before "and N more": a closure can move every session of the year.
    static let sessionsShown = 5

    func people(_ schools: [SchoolPeopleChanges]) -> String {
        guard !schools.isEmpty else { return "" }
        var out = "\n### \(w(.diffPeopleHeading))\n"
        for school in schools {
            out += "\n#### \(escape(school.name))\n\n"
            if !school.joined.isEmpty { out += "- \(w.count(.diffJoined, school.joined.count, ["names": names(school.joined)]))\n" }
            if !school.left.isEmpty { out += "- \(w.count(.diffLeft, school.left.count, ["names": names(school.left)]))\n" }
            out += school.training.map { "- \(escape($0.person.name)): \(training($0))\n" }.joined()
            let becameChampions = Set(school.newChampions.map(\.id))
            out += school.champions.map { "- \(escape($0.colleague.name)): \(champion($0, becameChampion: becameChampions.contains($0.colleague.id)))\n" }.joined()
            if !school.newChampions.isEmpty { out += "- \(w.count(.diffNewChampions, school.newChampions.count, ["names": names(school.newChampions)]))\n" }
            if !school.droppedChampions.isEmpty { out += "- \(w.count(.diffNoLongerChampions, school.droppedChampions.count, ["names": names(school.droppedChampions)]))\n" }
            if !school.newGroups.isEmpty { out += "- \(w.count(.diffNewGroups, school.newGroups.count, ["groups": capped(school.newGroups.map { "`\(code($0))`" })]))\n" }
            if !school.droppedGroups.isEmpty { out += "- \(w.count(.diffDroppedGroups, school.droppedGroups.count, ["groups": capped(school.droppedGroups.map { "`\(code($0))`" })]))\n" }
            out += school.sessions.prefix(Self.sessionsShown).map {
                "- \(w(.diffSessionLine, ["session": "`\(code($0.session))`", "change": session($0)]))\n"
            }.joined()
            if school.sessions.count > Self.sessionsShown { out += "- \(w.count(.diffMoreSessions, school.sessions.count - Self.sessionsShown))\n" }
        }
        return out
    }

    /// "a, b and 3 more": a long list cut where a reader stops reading.
    func capped(_ items: [String], shown: Int = 8) -> String {
        items.count <= shown ? items.joined(separator: ", ")
            : w.count(.diffCapped, items.count - shown, ["items": items.prefix(shown).joined(separator: ", ")])
    }

    private func session(_ s: SessionChange) -> String {
        let renamed = { (text: String) in s.oldSession.map { self.w(.diffWasID, ["text": text, "was": "`\(self.code($0))`"]) } ?? text }
        // Overdue and not recorded as held: late, not moved; where it goes now comes second.
        if s.cause?.kind == .late, let was = s.old {
            let now = s.new.map { w(.diffSessionReplaced, ["date": day($0)]) } ?? w(.diffSessionNoDay)
            return renamed(w(.diffSessionLate, ["was": day(was), "now": now]))
        }
        switch (s.old, s.new) {
        case let (was?, now?):
            let moved = renamed(w(.diffSessionMoved, ["was": day(was), "now": day(now)]))
            return s.cause.map { w(.diffWithCause, ["text": moved, "cause": sessionCause($0, was)]) } ?? moved
        case let (nil, now?): return renamed(w(.diffSessionNew, ["date": day(now)]))
        case let (was?, nil): return renamed(w(.diffSessionUnplaced, ["was": day(was)]))
        case (nil, nil): return ""
        }
    }

    private func sessionCause(_ c: SessionMoveCause, _ date: SchoolDate) -> String {
        let name = { (s: MoveCause.Span) in s.name.map(escape) ?? self.w(.diffClosedDay) }
        switch c.kind {
        case .closureAdded:
            guard let s = c.span else { return w(.diffSessionClosureAdded) }
            return s.from <= date && date <= s.to ? w(.diffSessionNowClosed, ["date": day(date), "name": name(s)])
                : w(.diffSessionClosureAddedOn, ["span": span(s), "name": name(s)])
        case .testing:
            return c.span?.name.map { w(.diffSessionTestingNamed, ["date": day(date), "name": escape($0)]) } ?? w(.diffSessionTesting, ["date": day(date)])
        case .window: return c.span.map { w(.diffSessionWindow, ["span": span($0)]) } ?? w(.diffSessionWindowMoved)
        case .late: return w(.diffSessionCauseLate)
        }
    }

    private func training(_ t: TrainingChange) -> String {
        switch (t.old, t.new) {
        case let (was?, now?) where was.track == now.track:
            return w(.diffTrainingGroupMoved, ["group": group(now), "track": escape(now.trackName), "was": group(was)])
        case let (was?, now?):
            return w(.diffTrainingTrackMoved, ["track": escape(now.trackName), "group": group(now), "old_track": escape(was.trackName), "was": group(was)])
        case let (nil, now?): return w(.diffTrainingJoins, ["track": escape(now.trackName), "group": group(now)])
        case let (was?, nil): return w(.diffTrainingLeft, ["track": escape(was.trackName), "group": group(was)])
        case (nil, nil): return ""
        }
    }

    private func group(_ place: GroupPlace) -> String { "`\(code(place.group))`" }

    private func champion(_ c: ChampionChange, becameChampion: Bool) -> String {
        switch (c.old, c.new) {
        case let (was?, now?): return w(.diffChampionChanged, ["now": escape(now.name), "was": escape(was.name)])
        case let (nil, now?): return w(.diffChampionGained, ["now": escape(now.name)])
        case let (was?, nil):
            return w(.diffChampionLost, ["was": escape(was.name), "why": becameChampion ? w(.diffIsChampionNow) : unassigned(c.reason)])
        case (nil, nil): return ""
        }
    }

    private func unassigned(_ reason: UnassignedColleague.Reason?) -> String {
        switch reason {
        case .noChampionAtSchool: w(.diffUnassignedNoChampion)
        case .championsFull: w(.diffUnassignedFull)
        case .excluded: w(.diffUnassignedExcluded)
        case nil: w(.diffUnassignedNone)
        }
    }
}
