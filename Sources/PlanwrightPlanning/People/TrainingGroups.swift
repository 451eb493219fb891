import PlanwrightDocument
import PlanwrightModel

/// Places every staff member a programme trains in one training track by comfort, then in one
/// group of at most `max_group`: a school with enough people in a track gets its own groups; the
/// rest are pooled across schools so nobody trains alone.
///
/// A group's id is `<programme>.<track>-<school>-<n>` (or `-pooled-<n>`), whatever other
/// programmes the plan has: adding a rollout never renames another rollout's groups, so the
/// sessions recorded as held and the diff keep their names.
struct TrainingGroups {
    let plan: Plan
    let champions: ChampionPlan
    /// Champion ids by school, built once: a state has thousands of groups and champions.
    private let championsBySchool: [String: [String]]

    init(plan: Plan, champions: ChampionPlan) {
        self.plan = plan
        self.champions = champions
        championsBySchool = Dictionary(grouping: champions.assignments, by: \.school).mapValues { $0.map(\.champion) }
    }

    struct Result {
        var tracks: [PlannedTrack]
        var groups: [TrainingGroup]
        /// Staff whose comfort no track's range holds: in no group, and warned about.
        var outsideTracks: [String] = []
    }

    /// `facilitation` counts the groups each champion co-facilitates across programmes, so
    /// the load (and the chance of two groups in one slot) is spread.
    func build(programme: String, staff: [StaffMember], facilitation: inout [String: Int]) -> Result {
        let tracks = plan.training.tracks
        guard !tracks.isEmpty else { return Result(tracks: [], groups: []) }
        // Groups recorded as they met keep their people; everyone else is placed around them.
        let met = MetGroups(plan: plan).groups(of: programme, tracks: tracks, staff: staff)
        let kept = Set(met.flatMap(\.members))
        var membersByTrack = [[StaffMember]](repeating: [], count: tracks.count)
        var outside: [String] = []
        for member in staff where !kept.contains(member.id) {
            guard let track = Self.track(for: member.comfort?.value ?? 1, in: tracks) else { outside.append(member.id); continue }
            membersByTrack[track].append(member)
        }
        var groups: [TrainingGroup] = []
        for (index, track) in tracks.enumerated() {
            groups += group(membersByTrack[index], track: track, programme: programme, met: met.filter { $0.track == track.id },
                            facilitation: &facilitation)
        }
        let planned = tracks.enumerated().map { index, track in
            PlannedTrack(id: track.id, name: track.name, comfort: track.comfort, sessions: track.sessions,
                         minutes: track.minutes, members: membersByTrack[index].count + met.filter { $0.track == track.id }.reduce(0) { $0 + $1.members.count })
        }
        return Result(tracks: planned, groups: groups, outsideTracks: outside)
    }

    /// The track whose comfort range holds `comfort`; nil when none does. A track is what its
    /// range says it is: a `comfort: [3, 4]` track never holds a comfort 5, who is reported
    /// rather than quietly trained at the wrong level. Staff without a rating start where comfort 1 does.
    static func track(for comfort: Int, in tracks: [TrainingTrack]) -> Int? {
        tracks.firstIndex { $0.comfort.contains(comfort) }
    }

    /// The track whose range is nearest `comfort`: where widening a range would take someone in.
    static func nearestTrack(to comfort: Int, in tracks: [TrainingTrack]) -> Int {
        let distance = { (t: TrainingTrack) in min(abs(t.comfort.lowerBound - comfort), abs(t.comfort.upperBound - comfort)) }
        return tracks.indices.min { (distance(tracks[$0]), $0) < (distance(tracks[$1]), $1) }!
    }

    /// A school with at least half a group's worth of people trains on its own. Groups recorded
    /// as they met (`met`) keep their members, and the track's other people are grouped around
    /// them. Without that record, once a group has
    /// held sessions, its people keep it when newcomers arrive (staff who `joined` after the
    /// track's first held session): the groups are formed as they were without the newcomers,
    /// those with held sessions are kept, and everyone else forms groups around them.
    private func group(_ members: [StaffMember], track: TrainingTrack, programme: String, met: [TrainingGroup],
                       facilitation: inout [String: Int]) -> [TrainingGroup] {
        let prefix = "\(programme).\(track.id)-"
        let held = plan.training.held.filter { $0.session.value.hasPrefix(prefix) }
        var groups: [TrainingGroup]
        if !met.isEmpty {
            // Everyone not in a group that met is new to it: they form groups of their own, numbered
            // after the recorded ones, and one who would train alone joins a recorded group with room.
            groups = Self.noGroupOfOne(kept: met, new: split(members, track: track, programme: programme, taken: Set(met.map(\.id))),
                                       newcomers: Set(members.map(\.id)), maxGroup: plan.training.maxGroup)
        } else if let firstHeld = held.map(\.on.value).min(), members.contains(where: { ($0.joined.map { $0 > firstHeld }) ?? false }) {
            let heldGroups = Set(held.map { String($0.session.value.prefix { $0 != "/" }) })
            let before = members.filter { ($0.joined.map { $0 <= firstHeld }) ?? true }
            let kept = split(before, track: track, programme: programme, taken: []).filter { heldGroups.contains($0.id) }
            let keptPeople = Set(kept.flatMap(\.members))
            let rest = members.filter { !keptPeople.contains($0.id) }
            let newcomers = Set(members.filter { ($0.joined.map { $0 > firstHeld }) ?? false }.map(\.id))
            groups = Self.noGroupOfOne(kept: kept, new: split(rest, track: track, programme: programme, taken: Set(kept.map(\.id))),
                                       newcomers: newcomers, maxGroup: plan.training.maxGroup)
        } else {
            groups = split(members, track: track, programme: programme, taken: [])
        }
        for index in groups.indices {
            groups[index].facilitator = facilitator(for: groups[index].schools, leading: groups[index].members, facilitation: &facilitation)
            // A group of one says why: it is the only person in the track, or the one left over.
            if groups[index].members.count == 1 { groups[index].alone = members.count == 1 ? .onlyOneInTrack : .restAtOwnSchools }
        }
        return groups
    }

    /// A newcomer left alone in a group joins a kept group of their school with room instead: a
    /// group of one is no group, and the sessions they missed show as make-ups. Never a recorded
    /// group whose people have all left: it is a record, and would be a group of one again.
    static func noGroupOfOne(kept: [TrainingGroup], new: [TrainingGroup], newcomers: Set<String>, maxGroup: Int) -> [TrainingGroup] {
        var kept = kept, new = new
        new.removeAll { group in
            guard group.members.count == 1, newcomers.contains(group.members[0]), let school = group.school,
                  let roomy = kept.indices.filter({ kept[$0].schools == [school] && !kept[$0].members.isEmpty && kept[$0].members.count < maxGroup })
                      .min(by: { (kept[$0].members.count, $0) < (kept[$1].members.count, $1) }) else { return false }
            kept[roomy].members += group.members
            return true
        }
        return kept + new
    }

    /// The groups of one track: by school where a school has enough people, the rest pooled;
    /// numbered per school (and for pooled groups), skipping the ids in `taken`.
    private func split(_ everyone: [StaffMember], track: TrainingTrack, programme: String, taken: Set<String>) -> [TrainingGroup] {
        let (members, districtWide) = Self.apartFromDistrictWide(everyone)
        let maxGroup = plan.training.maxGroup
        let ownGroup = max(3, (maxGroup + 1) / 2)
        let bySchool = Dictionary(grouping: members, by: \.school.id)
        var groups: [TrainingGroup] = []
        var pooled: [StaffMember] = []
        // Groups named by one school, numbered per school: a school's own groups, then a part of
        // the pooled people that happens to come from that school alone.
        var used: [String: Int] = [:]
        let next = { (name: String) -> String in
            var id: String
            repeat {
                used[name, default: 0] += 1
                id = "\(programme).\(track.id)-\(name)-\(used[name]!)"
            } while taken.contains(id)
            return id
        }
        for school in plan.schools {
            let here = (bySchool[school.id] ?? []).sorted { $0.id < $1.id }
            guard here.count >= ownGroup else { pooled += here; continue }
            for part in Self.split(here, maxGroup: maxGroup) {
                groups.append(TrainingGroup(id: next(school.id), track: track.id, school: school.id, schools: [school.id],
                                            members: part.map(\.id), facilitator: nil, programme: programme))
            }
        }
        // "Pooled" says the group mixes schools; a part drawn from one school is named by it.
        for part in Self.split(pooled, maxGroup: maxGroup) {
            let schools = plan.schools.map(\.id).filter { id in part.contains { $0.school.id == id } }
            let one = schools.count == 1 ? schools[0] : nil
            groups.append(TrainingGroup(id: next(one ?? "pooled"), track: track.id, school: one, schools: schools,
                                        members: part.map(\.id), facilitator: nil, programme: programme))
        }
        return placeDistrictWide(districtWide, in: groups, schoolStaff: members, track: track, programme: programme, taken: taken)
    }

    /// Splits into the fewest groups that fit, as even in size as possible, keeping order.
    static func split(_ members: [StaffMember], maxGroup: Int) -> [ArraySlice<StaffMember>] {
        guard !members.isEmpty else { return [] }
        let count = (members.count + maxGroup - 1) / maxGroup
        var parts: [ArraySlice<StaffMember>] = []
        var start = 0
        for n in 0..<count {
            let size = members.count / count + (n < members.count % count ? 1 : 0)
            parts.append(members[start..<(start + size)])
            start += size
        }
        return parts
    }

    /// A champion of one of the group's schools, the one facilitating least so far (then by id),
    /// never one of its members: nobody leads a group they are in, or is paid twice for a session.
    private func facilitator(for schools: [String], leading members: [String], facilitation: inout [String: Int]) -> String? {
        let members = Set(members)
        let here = schools.flatMap { championsBySchool[$0] ?? [] }.filter { !members.contains($0) }
        guard let chosen = here.min(by: { (facilitation[$0] ?? 0, $0) < (facilitation[$1] ?? 0, $1) }) else { return nil }
        facilitation[chosen, default: 0] += 1
        return chosen
    }
}
