import PlanwrightModel

/// Ranks the self-assessment's gaps into priorities and places at most `focus.per_cycle`
/// of them in each cycle ("focus on less"); an indicator waits for the ones it requires.
struct PriorityRanker {
    let plan: Plan
    let cycleCount: Int
    /// For each cycle, the goals with work in it: each takes one of the cycle's focus slots.
    let goalsByCycle: [Int: Set<String>]
    /// For each indicator a goal serves, that goal and the first cycle of its work: the plan has decided when.
    let goalCycleByIndicator: [String: (goal: String, cycle: Int)]
    /// Per indicator, the stakeholder groups that rate it two levels or more below the team.
    var perceptionGaps: [String: [PerceptionGap]] = [:]

    func rank() -> [Priority] {
        let scale = plan.framework.scale
        let order = Dictionary(uniqueKeysWithValues: plan.framework.indicators.enumerated().map { ($1.id, $0) })
        let ratings = Dictionary(plan.assessment.ratings.map { ($0.indicator.id, $0) }, uniquingKeysWith: { a, _ in a })
        let flagged = Set(plan.schools.filter(\.isFlaggedForSupport).map(\.id))
        let schoolNames = Dictionary(uniqueKeysWithValues: plan.schools.map { ($0.id, $0.name) })

        var candidates: [Priority] = []
        var disagreements: [String: PriorityReason] = [:]
        for rating in plan.assessment.ratings {
            guard let indicator = plan.framework.indicator(rating.indicator.id) else { continue }
            let aim = scale.aim(of: rating)
            let gap = aim.index - rating.current.index
            guard gap > 0 else { continue }
            let lower = rating.schools.filter { flagged.contains($0.school.id) && $0.level < rating.current }
            let raise = lower.map { rating.current.index - $0.level.index }.max() ?? 0
            let waits = indicator.requires.map(\.id).filter { id in
                guard let required = ratings[id] else { return false }
                return required.current < scale.aim(of: required)
            }
            // A group that sees the district two levels lower raises it as a school needing support does: by the levels between.
            let gaps = perceptionGaps[indicator.id] ?? []
            let heard = gaps.map(\.levels).max() ?? 0
            let levels = rating.raters.map(\.level)
            let discuss = (levels.max()?.index ?? 0) - (levels.min()?.index ?? 0) >= 2
            candidates.append(Priority(
                indicator: indicator.id, name: indicator.name, domain: indicator.domain,
                current: scale.name(of: rating.current), target: scale.name(of: aim), gap: gap,
                weight: indicator.weight, score: Double(gap + raise + heard) * indicator.weight, cycle: nil, goal: nil,
                waitsFor: waits, equitySchools: lower.map { schoolNames[$0.school.id] ?? $0.school.id }.sorted(),
                discussFirst: discuss, reasons: [], perceptionGaps: gaps.isEmpty ? nil : gaps))
            if discuss { disagreements[indicator.id] = disagreement(rating) }
        }
        // Highest score first; ties keep the framework's order, so the ranking is stable.
        candidates.sort { ($0.score, -(order[$0.indicator] ?? 0)) > ($1.score, -(order[$1.indicator] ?? 0)) }
        return place(candidates, disagreements: disagreements)
    }

    /// Highest score first, each in the earliest cycle with room that comes after the cycles
    /// of what it waits for. What does not fit is deferred to next year.
    private func place(_ ranked: [Priority], disagreements: [String: PriorityReason]) -> [Priority] {
        var placed: [String: Int?] = [:]
        var perCycle = (0...cycleCount).map { goalsByCycle[$0]?.count ?? 0 }
        var result = ranked
        var remaining = Array(ranked.indices)
        while !remaining.isEmpty {
            // The best-ranked priority whose prerequisites are all placed (or deferred).
            guard let next = remaining.firstIndex(where: { result[$0].waitsFor.allSatisfy { placed[$0] != nil || !isPriority($0, ranked) } })
            else { break }  // `requires` cannot be circular: the framework check forbids it
            let index = remaining.remove(at: next)
            var priority = result[index]
            if let (goal, cycle) = goalCycleByIndicator[priority.indicator] {
                priority.cycle = cycle
                priority.goal = goal
                placed[priority.indicator] = cycle
                priority.reasons = PriorityReason.facts(for: priority, disagreement: disagreements[priority.indicator], focus: plan.focus.perCycle,
                                                         names: [:], prerequisiteDeferred: false, byGoal: true)
                result[index] = priority
                continue
            }
            let after = priority.waitsFor.compactMap { placed[$0] ?? nil }.max() ?? 0
            let prerequisiteDeferred = priority.waitsFor.contains { placed[$0] != nil && placed[$0]! == nil }
            var cycle = after + 1
            while cycle <= cycleCount && perCycle[cycle] >= plan.focus.perCycle { cycle += 1 }
            if prerequisiteDeferred || cycle > cycleCount {
                priority.cycle = nil
                placed[priority.indicator] = .some(nil)
            } else {
                priority.cycle = cycle
                perCycle[cycle] += 1
                placed[priority.indicator] = cycle
            }
            priority.reasons = PriorityReason.facts(for: priority, disagreement: disagreements[priority.indicator], focus: plan.focus.perCycle,
                                                     names: plan.framework.indicators.reduce(into: [:]) { $0[$1.id] = $1.name },
                                                   prerequisiteDeferred: prerequisiteDeferred, byGoal: false)
            result[index] = priority
        }
        return result
    }

    private func isPriority(_ id: String, _ ranked: [Priority]) -> Bool { ranked.contains { $0.indicator == id } }

    private func disagreement(_ rating: Rating) -> PriorityReason? {
        let scale = plan.framework.scale
        let sorted = rating.raters.sorted { ($0.level, $0.rater.id) < ($1.level, $1.rater.id) }
        guard let low = sorted.first, let high = sorted.last else { return nil }
        return .ratersDisagree(high: RaterLevel(rater: high.rater.id, level: scale.name(of: high.level)),
                               low: RaterLevel(rater: low.rater.id, level: scale.name(of: low.level)))
    }
}
