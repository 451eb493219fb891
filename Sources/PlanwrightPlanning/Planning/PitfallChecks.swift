import PlanwrightDocument
import PlanwrightModel

/// Warnings for the six implementation pitfalls of the evaluation brief, each pointing
/// at the place in the plan file where it can be fixed.
struct PitfallChecks {
    let plan: Plan
    let milestones: [ScheduledMilestone]
    /// Goals with unfinished work in each cycle.
    let goalsByCycle: [Int: Set<String>]
    let cycles: [PlannedCycle]

    func run() -> [Diagnostic] {
        infrastructureAtFlaggedSchools() + educatorsOnTheTeam() + goalsTiedToIndicators()
            + focusPerCycle() + trainingBeforeRollout()
    }

    /// Pitfall 1: the schools that would struggle need infrastructure and in-person support planned.
    private func infrastructureAtFlaggedSchools() -> [Diagnostic] {
        let supportIndicators = Set(plan.framework.indicators.filter { indicator in
            let text = "\(indicator.id) \(indicator.name)".lowercased()
            return text.contains("infrastructure") || text.contains("equity") || text.contains("support")
        }.map(\.id))
        let goalIndicators = Dictionary(plan.goals.map { ($0.id, Set($0.indicators.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        return plan.schools.filter(\.isFlaggedForSupport).compactMap { school in
            let covered = milestones.contains { m in
                let serves = m.indicator.map(supportIndicators.contains) ?? false
                    || (m.goal.flatMap { goalIndicators[$0] }.map { !$0.isDisjoint(with: supportIndicators) } ?? false)
                return serves && (m.schools.isEmpty || m.schools.contains(school.id))
            }
            guard !covered else { return nil }
            let needs = school.needsSupport.filter { $0 != .general }.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
            let what = needs.isEmpty ? "infrastructure and support" : PriorityReason.list(needs)
            return .warning("\(school.name) is flagged as needing support (\(what)), but no milestone plans infrastructure or in-person support there; schools that would struggle need it planned and budgeted first",
                            at: school.location)
        }
    }

    /// Pitfall 3: technology chosen without educators misses their needs.
    private func educatorsOnTheTeam() -> [Diagnostic] {
        guard !plan.district.team.contains(where: \.isTeacher) else { return [] }
        return [.warning("the planning team has no teacher; add classroom teachers (a role with 'teacher' in it) so the plan meets their instructional needs",
                         at: plan.district.location)]
    }

    /// Pitfall 4: work not tied to the district's goals is seen as an add-on.
    private func goalsTiedToIndicators() -> [Diagnostic] {
        plan.goals.filter(\.indicators.isEmpty).map {
            .warning("goal '\($0.id)' serves no indicator of the framework; tie it to the indicators it moves so it is coordinated with the rest of the plan",
                     at: $0.location)
        }
    }

    /// Pitfall 5: concrete plans need focus; a cycle with more initiatives under way than the
    /// focus allows gets none of them done well.
    private func focusPerCycle() -> [Diagnostic] {
        cycles.compactMap { cycle in
            let goals = goalsByCycle[cycle.number, default: []].sorted()
            guard goals.count > plan.focus.perCycle else { return nil }
            return .warning(
                "\(cycle.name) has \(goals.count) goals under way at once (\(goals.joined(separator: ", "))), more than the focus of \(plan.focus.perCycle) per cycle; start some later, or raise focus.per_cycle knowingly",
                at: plan.focus.location ?? plan.year.location)
        }
    }

    /// Pitfall 6: training is useful when the tool works and is about to be used: after the gate, before the rollout.
    private func trainingBeforeRollout() -> [Diagnostic] {
        guard milestones.contains(where: { $0.kind == .training && $0.origin == .plan }) else { return [] }
        let byID = Dictionary(milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let locations = Dictionary(plan.milestones.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        func before(_ m: ScheduledMilestone) -> [ScheduledMilestone] {
            DependencyWalk.ancestors(of: m.after, lookup: { byID[$0] }, after: \.after)
        }
        // What each rollout waits for, walked once rather than once per training.
        let beforeRollouts = milestones.filter { $0.kind == .rollout }.map { Set(before($0).map(\.id)) }
        var diagnostics: [Diagnostic] = []
        for training in milestones where training.kind == .training && training.origin == .plan {
            let location = locations[training.id] ?? plan.year.location
            let rolloutAfter = beforeRollouts.contains { $0.contains(training.id) }
            let gateBefore = before(training).contains { $0.kind == .gate }
            if !rolloutAfter {
                diagnostics.append(.warning("training '\(training.id)' has no rollout after it; train just before people start using the tool, so it sticks", at: location))
            } else if !gateBefore {
                diagnostics.append(.warning("training '\(training.id)' comes before any go/no-go gate; train once the pilot shows the tool works, not on software that may change", at: location))
            }
        }
        return diagnostics
    }
}
