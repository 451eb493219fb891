import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// Training and champions in the terminal: who trains with whom and when, and whom to ask for help.
/// Names and places from the plan are cleaned of control characters (`TerminalText`).
enum PeopleTextReport {
    static func render(_ plan: ImprovementPlan, _ w: Wording = .english) -> String {
        let people = PlannedPeople(plan)
        let person = { (id: String) in PlanTextReport.clean(people.name(id)) }
        let clean = PlanTextReport.clean
        let training = plan.training
        let held = plan.progress.heldSessions
        let dates = PeopleDates(plan)
        var out = ""
        if let first = training.sessions.first {
            out += "\n\(w(.peopleReportSessionIdNote, ["id": clean(first.id)]))\n"
        }
        let sessionsByGroup = Dictionary(grouping: training.sessions, by: \.group)
        let groupsByProgramme = Dictionary(grouping: training.groups, by: \.programme)
        // One block per programme: what it prepares for and when, then its tracks and groups.
        for programme in training.programmes {
            let window = programme.window
            out += "\n\(w(.peopleReportTraining)) · \(clean(ProgrammeWords.name(programme, w))) · \(window.days(dates, w)) · \(clean(TrainingWindowWords.reason(window.reason, w)))\n"
            let groups = groupsByProgramme[programme.id] ?? []
            let instead = training.championsTrainedInstead.filter { $0.programme == programme.id }
            for track in programme.tracks {
                out += "\n" + w(.peopleReportTrack, ["track": clean(TrackWords.name(track, w)), "comfort": ComfortRangeWords.range(track.comfort, w), "staff": w.count(.staffCount, track.members),
                                              "sessions": w.count(.peopleReportSessionCount, track.sessions), "minutes": w.number(track.minutes)]) + "\n"
                for group in groups where group.track == track.id {
                    let place = clean(people.place(group))
                    let facilitator = group.facilitator.map { w(.peopleReportFacilitator, ["name": person($0)]) } ?? w(.peopleReportNoFacilitator)
                    let coLeaders = group.coLeaders.isEmpty ? "" : " · " + w(.peopleReportCoLedBy, ["names": group.coLeaders.map(person).joinedAsList()])
                    let alone = group.alone.map { " (\($0.words(comfort: ComfortRangeWords.range(track.comfort, w), w)))" } ?? ""
                    // People recorded as they met who have left since attended what it held: said, so a group of none is not a mystery.
                    let former = group.formerMembers?.count ?? 0
                    let gone = former == 0 ? "" : " · " + w.count(.peopleReportFormerMembers, former)
                    out += "  \(clean(group.id)) · \(place) · \(w.count(.staffCount, group.members.count))\(alone)\(gone) · \(facilitator)\(coLeaders)\n"
                    out += PlanTextReport.wrap(clean(people.members(of: group)), indent: "      ", width: 100)
                    let sessions = (sessionsByGroup[group.id] ?? []).map { clean($0.when(dates, held: held, w)) }
                    out += PlanTextReport.wrap(w(.peopleReportSessions, ["sessions": sessions.isEmpty ? w(.peopleReportNonePlaced) : sessions.joined(separator: "; ")]),
                                               indent: "      ", width: 100)
                    // A champions' group that meets after they lead, or not at all, says how they are trained first.
                    let briefed = instead.filter { $0.group == group.id }
                    if let how = briefed.first?.how {
                        out += PlanTextReport.wrap("\(briefed.map { person($0.staff) }.joinedAsList()): \(clean(how.words(owner: plan.trainingOwner(programme.id), w)))",
                                                   indent: "      ", width: 100)
                    }
                }
            }
            // Who leads rather than attends, and how they were trained instead: the pilot.
            let leaders = training.pilotLeaders.filter { $0.programme == programme.id }
            for (pilot, named) in Dictionary(grouping: leaders, by: \.pilot).sorted(by: { $0.key < $1.key }) {
                let who = named.map { leader in person(leader.staff) + (leader.group == nil ? " " + w(.peopleReportNoGroupToCoLead) : "") }
                out += "\n"
                out += PlanTextReport.wrap(w(.peopleReportCoLeadingInstead, ["pilot": clean(pilot), "names": who.joinedAsList()]), indent: "", width: 100)
            }
            if let focus = groups.lazy.compactMap({ sessionsByGroup[$0.id]?.first?.focus }).first, !focus.isEmpty {
                out += "\n"
                out += PlanTextReport.wrap(w(.peopleReportSessionsFocusOn, ["focus": focus.map(clean).joined(separator: "; ")]), indent: "", width: 100)
            }
        }
        out += "\n\(w(.peopleReportChampions))\n"
        for school in plan.schools {
            let here = plan.champions.assignments.filter { $0.school == school.id }
            out += "\n\(clean(school.name))\n"
            if here.isEmpty { out += "  \(w(.peopleReportNoChampion))\n" }
            for assignment in here {
                let list = assignment.colleagues.isEmpty ? w(.peopleReportNoColleagues) : assignment.colleagues.map(person).joined(separator: ", ")
                out += PlanTextReport.wrap("\(person(assignment.champion)): \(list)", indent: "  ", width: 100)
            }
            let left = plan.champions.unassigned.filter { $0.school == school.id }
            if !left.isEmpty {
                let text = left.map { "\(person($0.staff)) (\(reason($0.reason, w)))" }.joined(separator: ", ")
                out += PlanTextReport.wrap(w(.peopleReportWithoutChampion, ["people": text]), indent: "  ", width: 100)
            }
            let reserves = plan.champions.reserves.filter { $0.school == school.id }
            if !reserves.isEmpty {
                let text = reserves.map { "\(person($0.staff)) (\(reason($0.reason, w)))" }.joined(separator: ", ")
                out += PlanTextReport.wrap(w(.peopleReportReserves, ["people": text]), indent: "  ", width: 100)
            }
        }
        return out
    }

    /// Why a candidate is a reserve, as the plan report, the district plan and the people page say it.
    static func reason(_ reason: ChampionReserve.Reason, _ w: Wording = .english) -> String {
        switch reason {
        case .schoolCap: w(.reserveSchoolCap)
        case .notNeeded: w(.reserveNotNeeded)
        }
    }

    static func reason(_ reason: UnassignedColleague.Reason, _ w: Wording = .english) -> String {
        switch reason {
        case .noChampionAtSchool: w(.unassignedNoChampionAtSchool)
        case .championsFull: w(.unassignedChampionsFull)
        case .excluded: w(.unassignedExcluded)
        }
    }
}
