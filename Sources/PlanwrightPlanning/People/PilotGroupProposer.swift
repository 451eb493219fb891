import PlanwrightDocument
import PlanwrightModel

/// Every pilot's group: the staff a pilot lists, or, for a pilot that asks for a number
/// (`participants: 8`), a group the planner proposes from the staff in its scope.
///
/// A pilot of only enthusiasts says little about how the rest of the staff will fare, and one
/// from a single school says nothing about the others (pitfall 3 of the brief: involve the
/// educators the tool is for). So the group is picked one person at a time:
/// - schools take turns, those with the most eligible staff first, so a count smaller than
///   the schools goes to the schools with the most staff, and a larger one spreads evenly;
/// - a school's first pick is its champion, else a volunteer, where it has one: willing, and
///   back at their school they co-lead the rollout's training;
/// - after that, the next pick is from the comfort level (low 1–2, middle 3, high 4–5) the
///   group has fewest of so far (unrated staff only when no rated one is left), and among equal
///   levels the one with a willing candidate;
/// - within the level, champions first, then volunteers; then someone who teaches what the
///   group does not yet (their subjects, or their grades where the plan writes no subjects);
///   then by id.
/// Without `roles:` on the pilot, the group is drawn from teachers, since a pilot is tried in
/// classrooms; staff who serve the whole district (`school: district`) are no school's pick.
/// Each pick costs the school's levels, tiers and kinds of teaching: a state's 100,000 staff
/// are sorted once, not scanned for each pick.
struct PilotGroupProposer {
    let plan: Plan
    let champions: ChampionPlan
    let scopeStaff: ScopeStaff

    struct Result {
        var groups: [PilotGroup]
        /// A count larger than the staff in the pilot's scope.
        var diagnostics: [Diagnostic]
    }

    func groups() -> Result {
        var result = Result(groups: [], diagnostics: [])
        let championIDs = Set(champions.assignments.map(\.champion))
        let schoolOrder = Dictionary(plan.schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for milestone in plan.milestones where milestone.kind == .pilot {
            if let asked = milestone.participantCount {
                let eligible = eligibleStaff(for: milestone)
                let members = Self.propose(asked.value, from: eligible, scope: milestone.scope, champions: championIDs, schoolOrder: schoolOrder)
                result.groups.append(PilotGroup(pilot: milestone.id, goal: milestone.goal, source: .proposed, asked: asked.value,
                                                eligible: eligible.count, members: members))
                if eligible.count < asked.value { result.diagnostics.append(tooFew(milestone, asked: asked, eligible: eligible.count)) }
            } else if !milestone.participants.isEmpty {
                var seen = Set<String>()
                let members = milestone.participants.filter { seen.insert($0.id).inserted }.map { PilotMember(staff: $0.id, reasons: []) }
                result.groups.append(PilotGroup(pilot: milestone.id, goal: milestone.goal, source: .listed, members: members))
            }
        }
        return result
    }

    /// The staff in the pilot's scope who may be proposed: teachers unless the pilot names roles.
    private func eligibleStaff(for milestone: Milestone) -> [StaffMember] {
        let inScope = scopeStaff.staff(in: milestone.scope).filter { !$0.districtWide }
        guard milestone.scope.roles.isEmpty else { return inScope }
        let teachers = inScope.filter { $0.role == .teacher }
        return teachers.isEmpty ? inScope : teachers
    }

    private func tooFew(_ milestone: Milestone, asked: Located<Int>, eligible: Int) -> Diagnostic {
        let asking = Message.Value.message(Message("people_pilot_asks_for", count: asked.value, ["pilot": .text(milestone.id)]))
        guard eligible > 0 else {
            return .warning(Message("people_pilot_scope_empty", ["asking": asking]), at: asked.location)
        }
        return .warning(Message("people_pilot_scope_too_small", count: eligible, ["asking": asking, "eligible": .text(String(eligible))]),
                        at: asked.location)
    }

    // MARK: Picking

    /// How at ease someone is, in the three levels a pilot should mix; unrated last.
    enum ComfortLevel: Int, CaseIterable, Comparable {
        case low, middle, high, unrated

        init(_ comfort: Comfort?) {
            switch comfort?.value {
            case nil: self = .unrated
            case let value? where value <= 2: self = .low
            case 3?: self = .middle
            default: self = .high
            }
        }

        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// Champions, then volunteers, then everyone else.
    enum Willingness: Int, CaseIterable {
        case champion, volunteer, other
    }

    /// One eligible person as the picking sees them.
    struct Candidate {
        let id: String
        let school: String
        let level: ComfortLevel
        let willingness: Willingness
        /// What they teach, as one key: their subjects, or their grades (or role) where no subject is written.
        let teaches: String
    }

    /// The group of `count` picked from `staff`, in the order picked.
    static func propose(_ count: Int, from staff: [StaffMember], scope: Scope, champions: Set<String>, schoolOrder: [String: Int]) -> [PilotMember] {
        let scopeSchools = Set(scope.schools)
        var pools: [String: SchoolPool] = [:]
        for member in staff {
            let school = scopeSchools.isEmpty ? member.school.id : member.schoolIds.first(where: scopeSchools.contains) ?? member.school.id
            let willingness: Willingness = champions.contains(member.id) ? .champion : member.champion == .no ? .other : .volunteer
            let teaches = member.subjects.isEmpty
                ? (member.grades.isEmpty ? member.role.rawValue : member.grades.description)
                : member.subjects.map { $0.lowercased() }.sorted().joined(separator: ", ")
            pools[school, default: SchoolPool()].add(Candidate(id: member.id, school: school, level: ComfortLevel(member.comfort),
                                                               willingness: willingness, teaches: teaches))
        }
        // Most eligible staff first, then the plan's order of schools.
        var turns = pools.keys.sorted {
            (-pools[$0]!.count, schoolOrder[$0] ?? .max, $0) < (-pools[$1]!.count, schoolOrder[$1] ?? .max, $1)
        }
        for school in turns { pools[school]!.sortForPicking() }
        var group = GroupSoFar()
        var members: [PilotMember] = []
        let severalSchools = turns.count > 1
        var turn = 0
        while members.count < count, !turns.isEmpty {
            let school = turns[turn]
            guard let picked = pools[school]!.pick(for: group) else {
                turns.remove(at: turn)
                if turn == turns.count { turn = 0 }
                continue
            }
            var reasons: [PilotPickReason] = []
            if picked.willingness == .champion { reasons.append(.champion) }
            if picked.willingness == .volunteer { reasons.append(.volunteer) }
            if severalSchools, !group.schools.contains(school) { reasons.append(.spreadsSchools) }
            if picked.level != .unrated, group.levels[picked.level, default: 0] == 0 { reasons.append(.spreadsComfort) }
            if group.teaches[picked.teaches, default: 0] == 0 { reasons.append(.spreadsSubjects) }
            group.add(picked)
            members.append(PilotMember(staff: picked.id, reasons: reasons))
            if pools[school]!.count == 0 { turns.remove(at: turn) } else { turn += 1 }
            if turn >= turns.count { turn = 0 }
        }
        return members
    }

    /// What the group holds so far, which the next pick spreads.
    struct GroupSoFar {
        var schools = Set<String>()
        var levels: [ComfortLevel: Int] = [:]
        var teaches: [String: Int] = [:]

        mutating func add(_ candidate: Candidate) {
            schools.insert(candidate.school)
            levels[candidate.level, default: 0] += 1
            teaches[candidate.teaches, default: 0] += 1
        }
    }

    /// One school's eligible staff, by comfort level, willingness and what they teach, each list
    /// sorted with the lowest id last so a pick pops it.
    struct SchoolPool {
        private var buckets: [ComfortLevel: [Willingness: [String: [Candidate]]]] = [:]
        private(set) var count = 0
        /// How many the group has taken from this school.
        private var taken = 0

        mutating func add(_ candidate: Candidate) {
            buckets[candidate.level, default: [:]][candidate.willingness, default: [:]][candidate.teaches, default: []].append(candidate)
            count += 1
        }

        mutating func sortForPicking() {
            for (level, tiers) in buckets {
                for (tier, kinds) in tiers {
                    for (kind, list) in kinds { buckets[level]![tier]![kind] = list.sorted { $0.id > $1.id } }
                }
            }
        }

        /// The next pick for `group`, taken out of the pool; nil when the pool is empty.
        mutating func pick(for group: GroupSoFar) -> Candidate? {
            // The level the group has fewest of (rated before unrated), and among equals the one
            // offering the most willing candidate, then the lower level.
            // The school's first pick is its most willing, when it has anyone willing.
            let willingFirst = taken == 0 && buckets.values.contains { $0[.champion] != nil || $0[.volunteer] != nil }
            let levels = ComfortLevel.allCases.compactMap { level -> (key: (Int, Int, Int, Int, Int), level: ComfortLevel, tier: Willingness)? in
                guard let tier = Willingness.allCases.first(where: { !(buckets[level]?[$0]?.isEmpty ?? true) }) else { return nil }
                return ((willingFirst ? tier.rawValue : 0, level == .unrated ? 1 : 0, group.levels[level, default: 0], tier.rawValue, level.rawValue), level, tier)
            }
            guard let chosen = levels.min(by: { $0.key < $1.key }) else { return nil }
            let kinds = buckets[chosen.level]![chosen.tier]!
            // What the group has fewest of, then by name.
            let kind = kinds.keys.min { (group.teaches[$0, default: 0], $0) < (group.teaches[$1, default: 0], $1) }!
            let candidate = buckets[chosen.level]![chosen.tier]![kind]!.removeLast()
            if buckets[chosen.level]![chosen.tier]![kind]!.isEmpty { buckets[chosen.level]![chosen.tier]![kind] = nil }
            if buckets[chosen.level]![chosen.tier]!.isEmpty { buckets[chosen.level]![chosen.tier] = nil }
            count -= 1
            taken += 1
            return candidate
        }
    }
}
