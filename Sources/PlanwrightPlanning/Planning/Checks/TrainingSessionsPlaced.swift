import PlanwrightDocument

/// Pitfall 6 of the evaluation brief: staff should be trained before they are asked to use the
/// tool, so a programme's track whose groups find too few training days in its window is
/// reported, with the programme it prepares for.
struct TrainingSessionsPlaced: PlanCheck {
    func diagnostics(in context: CheckContext) -> [Diagnostic] {
        let training = context.training
        // Each warning at the track or the rollout it concerns, where the fix is written.
        let places = TrainingPlaces(plan: context.plan)
        let calendar = SchoolCalendar(year: context.plan.year)
        let placedByGroup = Dictionary(grouping: training.sessions, by: \.group).mapValues(\.count)
        let unplacedByGroup = Dictionary(grouping: training.unplaced, by: \.group)
        let groupsByProgramme = Dictionary(grouping: training.groups, by: \.programme)
        var diagnostics: [Diagnostic] = []
        for programme in training.programmes {
            let window = programme.window
            // "For the district" says nothing; a rollout's name says which training is short.
            let prepares = programme.id == TrainingProgrammes.districtID ? "" : " for '\(programme.nameInEnglish)'"
            let groups = groupsByProgramme[programme.id] ?? []
            let trained = programme.tracks.reduce(0) { $0 + $1.members }
            if window.empty, trained > 0 {
                // One warning for the programme: every track meets in the same missing days.
                let named = groups.prefix(Self.groupsNamed).map { "'\($0.id)'" }.joinedAsList()
                let more = groups.count > Self.groupsNamed ? " and \(groups.count - Self.groupsNamed) more" : ""
                diagnostics.append(.warning(english: "training\(prepares) has no session: its training window holds no day (\(window.reason.inEnglish)), as the rollout starts right after what comes before it; leave PD or early-release days in between (a later 'not_before' on the rollout), so its \(trained) staff in \(groups.count == 1 ? "1 group" : "\(groups.count) groups") (\(named)\(more)) are trained before they are asked to use it",
                                            at: places.programme(programme.id)))
                continue
            }
            for track in programme.tracks where track.members > 0 {
                let location = places.track(track.id, programme: programme.id)
                let here = groups.filter { $0.track == track.id }
                if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !calendar.hasSchoolDay(from: window.from, to: window.to) {
                    // "Between a Saturday and a Sunday" would send a leader looking for a PD day that cannot exist.
                    diagnostics.append(.warning(english: "training track '\(track.nameInEnglish)' has no session\(prepares): its training window, \(window.from) to \(window.to) (\(window.reason.inEnglish)), holds no school day; widen it to take in school days, so the \(Plural.staff(track.members)) \(Plural.verb(track.members, "is", "are")) trained before they are asked to use it",
                                                at: location))
                } else if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !here.contains(where: { unplacedByGroup[$0.id]?.first?.clashesWith != nil }) {
                    let longestEarlyRelease = ([context.plan.year.earlyReleaseTime?.minutes ?? TrainingSessionPlacer.earlyReleaseMinutes]
                        + context.plan.year.importedEarlyReleaseTimes.values.map(\.minutes)).max() ?? 0
                    let needsPDDay = track.minutes > longestEarlyRelease
                    diagnostics.append(.warning(english: "training track '\(track.nameInEnglish)' has no session\(prepares): no PD or early-release day \(needsPDDay ? "(a \(track.minutes)-minute session needs a PD day) " : "")falls between \(window.from) and \(window.to) (\(window.reason.inEnglish)); add one, so the \(Plural.staff(track.members)) \(Plural.verb(track.members, "is", "are")) trained before they are asked to use it",
                                                at: location))
                } else {
                    diagnostics += short(here, track: track, placed: placedByGroup, unplaced: unplacedByGroup, prepares: prepares, window: window, at: location)
                }
            }
        }
        return diagnostics
    }

    /// The groups of a track given fewer sessions than it has, every one of them named: one
    /// warning per kind of reason, the groups listed up to `groupsNamed` and then counted.
    private func short(_ groups: [TrainingGroup], track: PlannedTrack, placed: [String: Int], unplaced: [String: [UnplacedSession]],
                       prepares: String, window: TrainingWindow, at location: SourceLocation?) -> [Diagnostic] {
        let short = groups.filter { (placed[$0.id] ?? 0) < track.sessions && unplaced[$0.id]?.first != nil }
        var order: [UnplacedSession.Cause] = [], byCause: [UnplacedSession.Cause: [TrainingGroup]] = [:]
        for group in short {
            let cause = unplaced[group.id]!.first!.cause
            if byCause[cause] == nil { order.append(cause) }
            byCause[cause, default: []].append(group)
        }
        return order.map { cause in
            let groups = byCause[cause]!
            let reason = unplaced[groups[0].id]!.first!.reasonInEnglish
            let advice = "add PD or early-release days there, or plan fewer sessions"
            guard groups.count > 1 else {
                return .warning(english: "training track '\(track.nameInEnglish)' gets \(placed[groups[0].id] ?? 0) of its \(Plural.count(track.sessions, "session"))\(prepares) in group '\(groups[0].id)': \(reason) (\(window.reason.inEnglish)); \(advice)",
                                at: location)
            }
            let named = groups.prefix(Self.groupsNamed).map { "'\($0.id)' gets \(placed[$0.id] ?? 0)" }
            let more = groups.count > Self.groupsNamed ? " and \(groups.count - Self.groupsNamed) more" : ""
            let sessions = track.sessions == 1 ? "1 session" : "\(track.sessions) sessions"
            return .warning(english: "training track '\(track.nameInEnglish)' gets fewer than its \(sessions)\(prepares) in \(groups.count) groups (\(named.joined(separator: ", "))\(more)): in '\(groups[0].id)', \(reason) (\(window.reason.inEnglish)); \(advice)",
                            at: location)
        }
    }

    /// Groups a warning names before counting the rest, as other warnings cap their lists.
    static let groupsNamed = 8
}
