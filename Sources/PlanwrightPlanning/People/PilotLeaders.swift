import PlanwrightModel

/// The staff in a goal's pilot group (`participants:`, listed or proposed) have used the tool
/// with their classes before the rollout: they co-lead its training at their school rather than
/// sit in it as beginners.
/// One rule for which programme they lead and which group: the programme of a rollout of the
/// pilot's goal, a group of their own school (the one with fewest co-leaders so far, then by id),
/// else a pooled group their school is in.
struct PilotLeaders {
    /// Pilot participant ids with the pilot they took part in, by goal, in the plan's order.
    private let byGoal: [String: [(staff: String, pilot: String)]]

    init(groups: [PilotGroup]) {
        var byGoal: [String: [(staff: String, pilot: String)]] = [:]
        var seen: [String: Set<String>] = [:]
        for group in groups {
            for member in group.members where seen[group.goal, default: []].insert(member.staff).inserted {
                byGoal[group.goal, default: []].append((member.staff, group.pilot))
            }
        }
        self.byGoal = byGoal
    }

    /// The pilot participants who lead a programme: those of its goal's pilots, when the programme
    /// prepares a rollout (a training milestone that prepares none has no pilot to draw on).
    func leaders(of programme: TrainingProgrammes.Spec, rollout: Bool) -> [(staff: String, pilot: String)] {
        guard rollout, let goal = programme.goal else { return [] }
        return byGoal[goal] ?? []
    }

    /// `groups` with each leader who is in the programme's scope added as a co-leader of one group
    /// of their school; returns the facts, one per leader, with the group each co-leads (if any).
    static func assign(_ leaders: [(staff: StaffMember, pilot: String)], to groups: inout [TrainingGroup], programme: String) -> [PilotLeader] {
        leaders.map { leader in
            let school = leader.staff.school.id
            let own = groups.indices.filter { groups[$0].schools == [school] && groups[$0].facilitator != leader.staff.id }
            let pooled = groups.indices.filter { groups[$0].schools.contains(school) && groups[$0].facilitator != leader.staff.id }
            let candidates = own.isEmpty ? pooled : own
            let chosen = candidates.min { (groups[$0].coLeaders.count, groups[$0].id) < (groups[$1].coLeaders.count, groups[$1].id) }
            if let chosen { groups[chosen].coLeaders.append(leader.staff.id) }
            return PilotLeader(staff: leader.staff.id, programme: programme, pilot: leader.pilot, group: chosen.map { groups[$0].id })
        }
    }
}
