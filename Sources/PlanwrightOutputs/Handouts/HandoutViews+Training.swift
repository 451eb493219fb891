import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Training as handouts show it: the district plan every programme's groups, a school's
/// handout a line per track of the programmes that reach it.
extension HandoutViews {
    /// Training as the district plan shows it: a block per programme, saying what it prepares
    /// for and when, with every group, its members and its numbered sessions.
    static func training(_ p: ImprovementPlan, people: PlannedPeople, dates: PeopleDates, groups shown: [TrainingGroup],
                         sessions sessionsByGroup: [String: [TrainingSession]], everyProgramme: Bool = false, _ w: Wording = .english) -> Fields {
        let held = p.progress.heldSessions
        let shownByProgramme = Dictionary(grouping: shown, by: \.programme)
        let programmes: [Fields] = p.training.programmes.compactMap { programme in
            // The district plan lists a programme that found nobody too.
            guard let groupsHere = shownByProgramme[programme.id] ?? (everyProgramme ? [] : nil) else { return nil }
            let tracks: [Fields] = programme.tracks.map { track in
                let groups = groupsHere.filter { $0.track == track.id }
                return [.name: TrackWords.name(track, w), .comfort: ComfortRangeWords.range(track.comfort, w), .members: track.members, .membersInWords: Plural.staff(track.members), .sessions: track.sessions, .minutes: track.minutes,
                        .groups: groups.map { group -> Fields in
                            let sessions = sessionsByGroup[group.id] ?? []
                            return [.id: group.id, .place: people.place(group), .facilitator: group.facilitator.map(people.name) ?? "",
                                    .hasFacilitator: group.facilitator != nil, .members: people.members(of: group),
                                    .memberCount: group.members.count, .programme: ProgrammeWords.name(programme, w),
                                    // "; " between sessions: one session's words hold commas ("Wed, Dec 9, 1:30–2:30 pm").
                                    .sessions: sessions.map { $0.when(dates, held: held, w) }.joined(separator: "; "),
                                    .hasSessions: !sessions.isEmpty]
                        },
                        .hasGroups: !groups.isEmpty]
            }
            let focus = groupsHere.lazy.compactMap { sessionsByGroup[$0.id]?.first?.focus }.first ?? []
            return programmeFields(programme, dates: dates, w).merging([.tracks: tracks, .focus: focus.joined(separator: "; "), .hasFocus: !focus.isEmpty]) { $1 }
        }
        return [.programmes: programmes, .hasProgrammes: !programmes.isEmpty, .sessionExample: p.training.sessions.first.map { $0.id } ?? ""]
    }

    /// What a programme block says of itself: what it prepares for, for whom, and when.
    static func programmeFields(_ programme: TrainingProgramme, dates: PeopleDates, _ w: Wording) -> Fields {
        [.id: programme.id, .name: ProgrammeWords.name(programme, w), .title: ProgrammeWords.title(programme, w), .audience: ProgrammeWords.audience(programme, w),
         .from: dates.day(programme.window.from), .to: dates.day(programme.window.to),
         .dates: programme.window.days(dates, w), .reason: TrainingWindowWords.reason(programme.window.reason, w)]
    }

    /// Training as a school's handout shows it: per programme the school takes part in, a line
    /// per track (its groups, this school's staff in them, every session date, who
    /// co-facilitates), since the people page lists who is in which group; a school of 150
    /// fills several groups per track.
    static func schoolTraining(_ id: String, in p: ImprovementPlan, dates days: PeopleDates, groups shown: [TrainingGroup], index: Index) -> Fields {
        let people = index.people
        let shownByProgramme = Dictionary(grouping: shown, by: \.programme)
        let programmes: [Fields] = p.training.programmes.compactMap { programme in
            guard let here = shownByProgramme[programme.id] else { return nil }
            let tracks: [Fields] = programme.tracks.compactMap { track in
                let groups = here.filter { $0.track == track.id }
                guard !groups.isEmpty else { return nil }
                // "Of our staff" is the school's own: district-wide staff are counted apart.
                let ours = groups.reduce(0) { sum, group in
                    sum + group.members.lazy.filter { people.person($0).map { $0.school == id && $0.districtWide != true } ?? false }.count
                }
                let pooled = groups.lazy.filter { $0.schools.count > 1 }.count
                let sessions = groups.flatMap { index.sessionsByGroup[$0.id] ?? [] }.sorted { ($0.date, $0.when(days)) < ($1.date, $1.when(days)) }
                var seen = Set<String>()
                let dates = sessions.map { $0.when(days, index.roster.words) }.filter { seen.insert($0).inserted }
                var named = Set<String>()
                let facilitators = groups.compactMap(\.facilitator).map(people.name).filter { named.insert($0).inserted }
                // Sessions whose days have passed unrecorded are late, not "not placed yet".
                let late = groups.reduce(0) { $0 + (index.lateUnplaced[$1.id] ?? 0) }
                let w = index.roster.words
                let lateText = late == 0 ? "" : w.count(.sessionsLateNotRecorded, late)
                let notPlaced = groups.reduce(0) { $0 + (index.notPlaced[$1.id] ?? 0) }
                let notPlacedText = notPlaced == 0 ? "" : w.count(.sessionsWithNoDay, notPlaced)
                // A large school's groups meet on different days with different champions: the row
                // gives the span and the first names, the people page every group's own.
                let placedText = dates.count <= Self.handoutSessionDates ? dates.joined(separator: "; ")
                    : w.count(.sessionsSpan, dates.count, ["dates": days.span(sessions.first!.date, sessions.last!.date)])
                let sessionText = [placedText, lateText, notPlacedText].filter { !$0.isEmpty }.joined(separator: "; ")
                let facilitatorText = facilitators.count <= Self.handoutFacilitators ? facilitators.joined(separator: ", ")
                    : facilitators.prefix(Self.handoutFacilitators).joined(separator: ", ") + " " + w.count(.andMore, facilitators.count - Self.handoutFacilitators)
                let detail = groups.count == 1 && pooled == 1 ? w(.oneGroupPooled)
                    : w.count(.groupCount, groups.count) + (pooled > 0 ? ", " + w.count(.groupsPooled, pooled) : "")
                return [.name: TrackWords.name(track, w), .memberCount: ours, .groupCount: groups.count, .detail: detail,
                        .sessions: sessionText, .hasSessions: !sessionText.isEmpty,
                        .facilitators: facilitatorText, .hasFacilitator: !facilitators.isEmpty]
            }
            return programmeFields(programme, dates: days, index.roster.words).merging([.tracks: tracks]) { $1 }
        }
        return [.programmes: programmes, .hasProgrammes: !programmes.isEmpty]
    }
}

extension TrainingSession {
    /// "Wed, Dec 9, 1:30–2:30 pm (early release)", "Mon, Jan 4 (PD day, Lincoln library)":
    /// a session as handouts, the district plan and the terminal show it. With `held`, numbered
    /// ("#2 Wed, Dec 9 … (early release, held)"): the number with the group's id makes the id a
    /// plan records it held by.
    func when(_ dates: PeopleDates, held: Set<String>? = nil, _ w: Wording = .english) -> String {
        let kind = w(slot == .pdDays ? .sessionPDDay : .sessionEarlyRelease)
        let numberText = held == nil ? "" : "#\(number) "
        let heldText = held?.contains(id) == true ? ", " + w(.sessionHeld) : ""
        return numberText + dates.day(date) + (time.map { ", " + SlotTimeWords.range($0, w) } ?? "") + " (\(kind)\(place.map { ", \($0)" } ?? "")\(heldText))"
    }
}

extension TrainingWindow {
    /// "Mon, May 10 – Mon, Jun 7", or for a window its milestones leave no day for, why there
    /// is none: never a range that ends before it starts.
    func days(_ dates: PeopleDates, _ w: Wording = .english) -> String {
        empty ? w(.windowNoDaysLeft) : dates.span(from, to)
    }
}
