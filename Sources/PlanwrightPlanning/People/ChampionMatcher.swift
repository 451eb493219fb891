import PlanwrightDocument
import PlanwrightModel

/// Assigns every colleague to a technology champion at the same school (pitfall 6 of the brief:
/// local champions who share ideas and practices with colleagues).
///
/// Among all assignments that place the most colleagues, it takes one of least total cost, where
/// a pair costs `subject` weight if they share no subject, plus `grades` weight if they share no
/// grade band, plus `balance` weight times the colleagues that champion already has (from 0).
/// Solved exactly as a min-cost flow per school; ties go to the champion first by id. Which
/// candidates are champions at all is `ChampionSelection`'s choice; the others are reserves.
struct ChampionMatcher {
    let plan: Plan

    struct Result {
        var champions: ChampionPlan
        /// Pins that cannot hold; the plan's advice about champions is `ChampionAtEverySchool`'s.
        var diagnostics: [Diagnostic]
    }

    func match() -> Result {
        let settings = plan.champions
        let excluded = Set(settings.exclude.map(\.id))
        let bySchool = Dictionary(grouping: plan.staff.filter { !pairedForTheDistrict($0) }, by: \.school.id)
        var assignments: [ChampionAssignment] = []
        var unassigned: [UnassignedColleague] = []
        var reserves: [ChampionReserve] = []
        var diagnostics: [Diagnostic] = []
        var totalCost = 0

        for school in plan.schools {
            let staff = (bySchool[school.id] ?? []).sorted { $0.id < $1.id }
            let willing = staff.filter { !excluded.contains($0.id) && isCandidate($0) }
            let colleagues = staff.filter { !excluded.contains($0.id) && !isCandidate($0) }
            unassigned += staff.filter { excluded.contains($0.id) }.map { UnassignedColleague(staff: $0.id, school: school.id, reason: .excluded) }
            let here = Set(colleagues.map(\.id))
            let pinned = Set(settings.pins.filter { here.contains($0.colleague.id) }.map(\.champion.id))
            let selection = ChampionSelection(candidates: willing, colleagues: colleagues, pinned: pinned, settings: settings).choose()
            let candidates = selection.champions
            reserves += selection.reserves.map { ChampionReserve(staff: $0.member.id, school: school.id, reason: $0.reason) }
            let pins = pinnedPairs(school: school, candidates: candidates, colleagues: colleagues,
                                   reserves: selection.reserves, diagnostics: &diagnostics)
            let solved = SchoolMatching(candidates: candidates, colleagues: colleagues, pins: pins, settings: settings).solve()
            totalCost += solved.cost
            for (index, champion) in candidates.enumerated() {
                assignments.append(ChampionAssignment(champion: champion.id, school: school.id, colleagues: solved.colleaguesOf[index]))
            }
            let reason: UnassignedColleague.Reason = candidates.isEmpty ? .noChampionAtSchool : .championsFull
            unassigned += solved.unplaced.map { UnassignedColleague(staff: $0, school: school.id, reason: reason) }
        }

        pairDistrictWide(plan.staff.filter(pairedForTheDistrict), excluded: excluded, assignments: &assignments, unassigned: &unassigned)
        let withChampion = Set(assignments.map(\.school))
        let without = plan.schools.map(\.id).filter { !withChampion.contains($0) }
        return Result(champions: ChampionPlan(assignments: assignments, unassigned: unassigned, reserves: reserves,
                                              schoolsWithoutChampion: without, totalCost: totalCost),
                      diagnostics: diagnostics)
    }

    /// Staff marked `champion: yes`, and volunteers comfortable enough to help others.
    func isCandidate(_ member: StaffMember) -> Bool {
        switch member.champion {
        case .yes: return true
        case .volunteer: return (member.comfort?.value ?? 0) >= plan.champions.minComfort
        case .no: return false
        }
    }

    /// The plan's pins at this school, checked: a pin must pair a champion with a colleague there.
    private func pinnedPairs(school: School, candidates: [StaffMember], colleagues: [StaffMember],
                             reserves: [(member: StaffMember, reason: ChampionReserve.Reason)],
                             diagnostics: inout [Diagnostic]) -> [(champion: Int, colleague: Int)] {
        var pairs: [(champion: Int, colleague: Int)] = []
        var pinnedColleagues = Set<Int>()
        for pin in plan.champions.pins {
            guard let colleague = colleagues.firstIndex(where: { $0.id == pin.colleague.id }) else { continue }
            guard let champion = candidates.firstIndex(where: { $0.id == pin.champion.id }) else {
                let reason = if reserves.contains(where: { $0.member.id == pin.champion.id }) {
                    // Pinned champions are chosen first, so only max_per_school leaves one out.
                    Message("people_pin_champion_is_reserve", ["school": .text(school.name), "cap": .text(String(plan.champions.maxPerSchool ?? 0))])
                } else if plan.staff.contains(where: { $0.id == pin.champion.id && $0.school.id == school.id }) {
                    Message("people_pin_not_a_champion", ["comfort": .text(String(plan.champions.minComfort))])
                } else {
                    Message("people_pin_not_at_school", ["school": .text(school.name)])
                }
                diagnostics.append(.error(Message("people_pin_pairs_with_non_champion", ["colleague": .text(pin.colleague.id), "champion": .text(pin.champion.id), "reason": .message(reason)]),
                                          at: pin.location))
                continue
            }
            guard pinnedColleagues.insert(colleague).inserted else {
                diagnostics.append(.error(Message("people_pinned_twice", ["colleague": .text(pin.colleague.id)]), at: pin.location))
                continue
            }
            if pairs.filter({ $0.champion == champion }).count >= plan.champions.maxColleagues {
                diagnostics.append(.error(Message("people_champion_over_pins", ["champion": .text(pin.champion.id), "max": .text(String(plan.champions.maxColleagues))]), at: pin.location))
                continue
            }
            pairs.append((champion, colleague))
        }
        return pairs
    }
}
