import PlanwrightDocument
import Foundation
import PlanwrightModel
import PlanwrightPlanning

/// The people page of a school: every member of staff, alphabetically, with their training
/// groups, session dates and champion. The one-page handout gives counts and points here, so its
/// length does not grow with the school.
extension HandoutViews {
    /// Who trains where and who supports whom, looked up once per build: a state has 100,000
    /// staff, so no person's row may look through every group or every assignment.
    struct PeopleIndex {
        let people: PlannedPeople
        /// Each school's staff, alphabetically by name (case and accents aside), then by id.
        let staffBySchool: [String: [PlannedPerson]]
        /// Staff who work for the whole district (`school: district`), alphabetically as above.
        let districtWideStaff: [PlannedPerson]
        let districtWideIds: Set<String>
        /// Each school's place in the plan, to name the schools someone is shared with in order.
        let schoolOrder: [String: Int]
        /// A person's groups as a member, in the plan's order of groups.
        let groupsOf: [String: [TrainingGroup]]
        /// The groups a champion co-facilitates.
        let facilitating: [String: [TrainingGroup]]
        let sessionsByGroup: [String: [TrainingSession]]
        /// Session ids each person missed (`absent:` on a held session): a make-up is due.
        let missed: [String: Set<String>]
        let trackNames: [String: String]
        /// Each track's comfort range, for why a group has one member.
        let trackComfort: [String: ClosedRange<Int>]
        /// Colleague id to their champion's id.
        let championOf: [String: String]
        /// Champion id to the colleagues they support.
        let colleaguesOf: [String: [String]]
        let unassigned: [String: UnassignedColleague.Reason]
        /// Candidates not chosen as champions, and why.
        let reserves: [String: ChampionReserve.Reason]
        let assignmentsBySchool: [String: [ChampionAssignment]]
        let unassignedBySchool: [String: [UnassignedColleague]]
        let reservesBySchool: [String: Int]
        let dates: PeopleDates
        /// The page's language: every phrase the views assemble.
        let words: Wording
        /// How a champion is trained when their own group cannot meet before they lead, by person and group.
        let trainedInstead: [String: ChampionTrainedInstead]
        /// Who briefs a programme's champions then: its rollout's owner, by programme.
        let owners: [String: String]

        init(_ p: ImprovementPlan, people: PlannedPeople, words: Wording = .english) {
            self.people = people
            self.words = words
            dates = PeopleDates(p)
            let keyed = p.staff.map { (key: $0.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), person: $0) }
            // Someone at several schools is on each school's page; district-wide staff are no
            // school's own, so they are listed apart, on every page, under their own heading.
            var bySchool: [String: [(key: String, person: PlannedPerson)]] = [:]
            var districtWide: [(key: String, person: PlannedPerson)] = []
            for row in keyed {
                if row.person.districtWide == true { districtWide.append(row); continue }
                for school in row.person.schoolIds { bySchool[school, default: []].append(row) }
            }
            let byName: ((key: String, person: PlannedPerson), (key: String, person: PlannedPerson)) -> Bool = {
                ($0.key, $0.person.name, $0.person.id) < ($1.key, $1.person.name, $1.person.id)
            }
            staffBySchool = bySchool.mapValues { $0.sorted(by: byName).map(\.person) }
            districtWideStaff = districtWide.sorted(by: byName).map(\.person)
            districtWideIds = Set(districtWideStaff.map(\.id))
            schoolOrder = Dictionary(p.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            var groups: [String: [TrainingGroup]] = [:]
            var facilitating: [String: [TrainingGroup]] = [:]
            for group in p.training.groups {
                for member in group.members { groups[member, default: []].append(group) }
                if let facilitator = group.facilitator { facilitating[facilitator, default: []].append(group) }
                // A pilot participant co-leads beside the champion: the group is on their page as one they lead.
                for leader in group.coLeaders { facilitating[leader, default: []].append(group) }
            }
            groupsOf = groups
            self.facilitating = facilitating
            sessionsByGroup = Dictionary(grouping: p.training.sessions, by: \.group)
            var missed: [String: Set<String>] = [:]
            for session in p.progress.sessions { for person in session.absent { missed[person, default: []].insert(session.session) } }
            self.missed = missed
            trackNames = Dictionary(p.training.tracks.map { ($0.id, TrackWords.name($0, words)) }, uniquingKeysWith: { a, _ in a })
            trackComfort = Dictionary(p.training.tracks.map { ($0.id, $0.comfort) }, uniquingKeysWith: { a, _ in a })
            var championOf: [String: String] = [:]
            for assignment in p.champions.assignments {
                for colleague in assignment.colleagues { championOf[colleague] = assignment.champion }
            }
            self.championOf = championOf
            colleaguesOf = Dictionary(p.champions.assignments.map { ($0.champion, $0.colleagues) }, uniquingKeysWith: { a, _ in a })
            unassigned = Dictionary(p.champions.unassigned.map { ($0.staff, $0.reason) }, uniquingKeysWith: { a, _ in a })
            assignmentsBySchool = Dictionary(grouping: p.champions.assignments, by: \.school)
            unassignedBySchool = Dictionary(grouping: p.champions.unassigned, by: \.school)
            reserves = Dictionary(p.champions.reserves.map { ($0.staff, $0.reason) }, uniquingKeysWith: { a, _ in a })
            reservesBySchool = Dictionary(grouping: p.champions.reserves, by: \.school).mapValues(\.count)
            trainedInstead = Dictionary(p.training.championsTrainedInstead.map { ("\($0.staff) \($0.group)", $0) }, uniquingKeysWith: { a, _ in a })
            owners = Dictionary(p.milestones.compactMap { milestone in milestone.owner.map { (milestone.id, $0) } }, uniquingKeysWith: { a, _ in a })
        }

        func counts(_ school: String) -> SchoolPeopleCounts {
            let own = staffBySchool[school] ?? []
            // Someone at several schools counts at each where they work, and the count says with
            // whom they are shared, so the schools' counts add up to the district's once the
            // shared are taken once.
            let sharedWith = Set(own.flatMap { $0.schoolIds.filter { $0 != school } })
            let partners = sharedWith.sorted { (schoolOrder[$0] ?? 0, $0) < (schoolOrder[$1] ?? 0, $1) }.map(people.schoolName)
            return SchoolPeopleCounts(staff: own.map(\.id), groupsOf: groupsOf,
                                      assignments: assignmentsBySchool[school] ?? [], unassigned: unassignedBySchool[school] ?? [],
                                      reserves: reservesBySchool[school] ?? 0,
                                      shared: own.filter { $0.schoolIds.count > 1 }.count, sharedWith: partners,
                                      districtWide: districtWideIds)
        }
    }

    static func people(_ id: String, in p: ImprovementPlan, index: PeopleIndex) -> View {
        let school = index.people.school(id)!
        let staff = index.staffBySchool[id] ?? []
        return View([
            .district: p.district, .school: school.name, .schoolId: id,
            .asOf: index.dates.day(p.progress.asOf), .asOfLine: AsOfLine.page(p.progress, dates: index.dates, index.words),
            .counts: index.counts(id).sentence(index.words), .staff: staff.map { person($0, index: index) }, .hasStaff: !staff.isEmpty,
            .districtWideStaff: index.districtWideStaff.map { person($0, index: index) },
            .hasDistrictWideStaff: !index.districtWideStaff.isEmpty,
        ])
    }

    /// One row: the person, the groups they train in or co-facilitate, and their champion (or,
    /// for a champion, whom they support; for a reserve, why they are one).
    private static func person(_ person: PlannedPerson, index: PeopleIndex) -> Fields {
        let people = index.people
        let member = (index.groupsOf[person.id] ?? []).map {
            group(member: $0, facilitating: false, missed: index.missed[person.id] ?? [], index: index, instead: index.trainedInstead["\(person.id) \($0.id)"])
                .merging(joinedWhy($0, person: person, people: people, index.words)) { $1 }
        }
        let leads = (index.facilitating[person.id] ?? []).map { group(member: $0, facilitating: true, missed: [], index: index) }
        let colleagues = index.colleaguesOf[person.id]
        let champion = index.championOf[person.id]
        let reserve = index.reserves[person.id]
        let reason = reserve.map { PeopleTextReport.reason($0, index.words) } ?? index.unassigned[person.id].map { PeopleTextReport.reason($0, index.words) }
        // "Cedar Bluff Junior High 60%, Cedar Bluff High School 40%" for someone at several
        // schools; "district-wide" for someone at all of them (`school: district`).
        let shares = person.districtWide == true ? "district-wide"
            : person.schoolShares.map { $0.map { "\(people.schoolName($0.school)) \($0.share)" }.joined(separator: ", ") }
        return [.id: person.id, .name: person.name, .role: person.role.rawValue,
                .schoolShares: shares ?? "", .hasSchoolShares: shares != nil,
                .groups: member + leads, .hasGroups: !(member.isEmpty && leads.isEmpty),
                .isChampion: colleagues != nil, .isReserve: reserve != nil, .colleagues: people.list(colleagues ?? []), .count: colleagues?.count ?? 0,
                .hasColleagues: !(colleagues ?? []).isEmpty,
                .champion: champion.map(people.name) ?? "", .hasChampion: champion != nil,
                .reason: reason ?? "", .hasReason: reason != nil]
    }

    /// Why someone district-wide trains in a school's group: too few of them in the track for
    /// a group of their own (`TrainingGroup.districtWideJoined`).
    private static func joinedWhy(_ group: TrainingGroup, person: PlannedPerson, people: PlannedPeople, _ w: Wording) -> Fields {
        guard group.districtWideJoined?.contains(person.id) == true else { return [:] }
        let with = group.school.map { w(.joinedWithSchoolGroup, ["school": people.schoolName($0)]) } ?? w(.joinedWithPooledGroup)
        return [.why: w(.joinedTooFewDistrictWide, ["with": with]), .hasWhy: true]
    }

    /// A session this person missed says so: they need a make-up.
    /// A champion's own group that cannot meet before they lead says how they are trained instead.
    private static func group(member group: TrainingGroup, facilitating: Bool, missed: Set<String>, index: PeopleIndex,
                              instead: ChampionTrainedInstead? = nil) -> Fields {
        let sessions = index.sessionsByGroup[group.id] ?? []
        let lines = sessions.map { sessionLine($0, dates: index.dates, index.words) + (missed.contains($0.id) ? ", " + index.words(.sessionMissed) : "") }
        let track = index.trackNames[group.track] ?? group.track
        let alone = group.alone.map { " (\($0.words(comfort: index.trackComfort[group.track].map { ComfortRangeWords.range($0, index.words) } ?? "", index.words)))" } ?? ""
        let briefed = instead.map { " (\($0.how.words(owner: index.owners[$0.programme], index.words)))" } ?? ""
        return [.id: group.id, .name: track + alone + briefed, .facilitating: facilitating,
                .sessions: lines.joined(separator: "; "), .hasSessions: !sessions.isEmpty, .why: "", .hasWhy: false]
    }

    /// A session as the people page writes it: its day, time and place, as every handout does.
    static func sessionLine(_ session: TrainingSession, dates: PeopleDates, _ w: Wording = .english) -> String { session.when(dates, w) }
}
