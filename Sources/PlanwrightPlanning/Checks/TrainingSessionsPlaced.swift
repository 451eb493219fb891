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
            let prepares: Message.Value = programme.id == TrainingProgrammes.districtID ? .text("")
                : .message(Message("check_training_prepares_for", ["programme": programme.namePhrase]))
            let why = Message.Value.message(window.reason.phrase)
            let groups = groupsByProgramme[programme.id] ?? []
            let trained = programme.tracks.reduce(0) { $0 + $1.members }
            if window.empty, trained > 0 {
                // One warning for the programme: every track meets in the same missing days.
                let named = Self.namedAndMore(.list(groups.prefix(Self.groupsNamed).map { .text("'\($0.id)'") }), of: groups.count)
                diagnostics.append(.warning(Message("check_training_window_empty", count: trained, [
                                                "prepares": prepares, "why": why, "named": named,
                                                "groups": .message(Message("group_count", count: groups.count)),
                                            ]),
                                            at: places.programme(programme.id)))
                continue
            }
            for track in programme.tracks where track.members > 0 {
                let location = places.track(track.id, programme: programme.id)
                let here = groups.filter { $0.track == track.id }
                if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !calendar.hasSchoolDay(from: window.from, to: window.to) {
                    // "Between a Saturday and a Sunday" would send a leader looking for a PD day that cannot exist.
                    diagnostics.append(.warning(Message("check_training_window_no_school_day", count: track.members, [
                                                    "track": track.namePhrase, "prepares": prepares, "why": why,
                                                    "from": .text(window.from.description), "to": .text(window.to.description),
                                                ]),
                                                at: location))
                } else if here.allSatisfy({ (placedByGroup[$0.id] ?? 0) == 0 }), !here.contains(where: { unplacedByGroup[$0.id]?.first?.clashesWith != nil }) {
                    let longestEarlyRelease = ([context.plan.year.earlyReleaseTime?.minutes ?? TrainingSessionPlacer.earlyReleaseMinutes]
                        + context.plan.year.importedEarlyReleaseTimes.values.map(\.minutes)).max() ?? 0
                    let needsPDDay = track.minutes > longestEarlyRelease
                    let values: [String: Message.Value] = [
                        "track": track.namePhrase, "prepares": prepares, "why": why, "minutes": .number(track.minutes),
                        "from": .text(window.from.description), "to": .text(window.to.description),
                    ]
                    diagnostics.append(.warning(needsPDDay ? Message("check_training_no_pd_day_long", count: track.members, values)
                                                    : Message("check_training_no_pd_day", count: track.members, values),
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
                       prepares: Message.Value, window: TrainingWindow, at location: SourceLocation?) -> [Diagnostic] {
        let short = groups.filter { (placed[$0.id] ?? 0) < track.sessions && unplaced[$0.id]?.first != nil }
        var order: [UnplacedSession.Cause] = [], byCause: [UnplacedSession.Cause: [TrainingGroup]] = [:]
        for group in short {
            let cause = unplaced[group.id]!.first!.cause
            if byCause[cause] == nil { order.append(cause) }
            byCause[cause, default: []].append(group)
        }
        return order.map { cause in
            let groups = byCause[cause]!
            var values: [String: Message.Value] = [
                "track": track.namePhrase, "prepares": prepares, "group": .text(groups[0].id),
                "reason": .message(unplaced[groups[0].id]!.first!.reasonPhrase), "why": .message(window.reason.phrase),
            ]
            guard groups.count > 1 else {
                values["placed"] = .number(placed[groups[0].id] ?? 0)
                return .warning(Message("check_training_group_short", count: track.sessions, values), at: location)
            }
            let gets = groups.prefix(Self.groupsNamed).map { group -> Message.Value in
                .message(Message("check_training_group_gets", ["group": .text(group.id), "placed": .number(placed[group.id] ?? 0)]))
            }
            values["named"] = Self.namedAndMore(.commaSeparated(gets)!, of: groups.count)
            values["groups"] = .number(groups.count)
            return .warning(Message("check_training_groups_short", count: track.sessions, values), at: location)
        }
    }

    /// Groups a warning names before counting the rest, as other warnings cap their lists.
    static let groupsNamed = 8

    /// The groups named, and "and 3 more" when there are more than `groupsNamed` of `count`.
    static func namedAndMore(_ named: Message.Value, of count: Int) -> Message.Value {
        count > groupsNamed ? .message(Message("people_groups_and_more", count: count - groupsNamed, ["groups": named])) : named
    }
}
