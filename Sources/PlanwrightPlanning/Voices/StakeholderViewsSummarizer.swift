import PlanwrightModel

/// Summarises the surveys of `voices:` into `StakeholderViews`: per group, how many answered;
/// per indicator and group, the median and middle half of answers, set against the team's rating.
/// Every figure passes `SmallGroupSuppression` here, so no output can show one it should not.
struct StakeholderViewsSummarizer {
    let plan: Plan

    func summarize() -> StakeholderViews? {
        let voices = plan.voices
        guard !voices.surveys.isEmpty else { return nil }
        let threshold = voices.minResponses
        let scale = plan.framework.scale
        let schoolOrder = plan.schools.map(\.id)
        let byGroup = Dictionary(grouping: voices.surveys, by: \.group)
        let groups = byGroup.keys.sorted()

        let responses: [GroupResponses] = groups.map { group in
            let surveys = byGroup[group] ?? []
            let rows = surveys.flatMap(\.responses)
            let counted = SmallGroupSuppression.apply(total: rows.count, schools: Self.counts(rows.map(\.school), order: schoolOrder), threshold: threshold)
            return GroupResponses(group: group, responses: counted.total, schools: counted.schools,
                                  freeTextAnswers: counted.total.map { _ in surveys.reduce(0) { $0 + $1.freeTextAnswers } })
        }

        let ratings = Dictionary(plan.assessment.ratings.map { ($0.indicator.id, $0.current) }, uniquingKeysWith: { first, _ in first })
        let asked = Set(voices.surveys.flatMap { $0.responses.flatMap(\.levels.keys) })
        var indicators: [IndicatorViews] = []
        for indicator in plan.framework.indicators where asked.contains(indicator.id) {
            // An indicator the team has not rated has nothing to compare with: its views would
            // stand alone, and the plan's priorities come from ratings.
            guard let team = ratings[indicator.id] else { continue }
            // A group no one of which answered on the indicator is left out: a count of none protects no one.
            let views: [GroupView] = groups.compactMap { group in
                let answers = (byGroup[group] ?? []).flatMap(\.responses).compactMap { response in
                    response.levels[indicator.id].map { (school: response.school, level: $0) }
                }
                return answers.isEmpty ? nil : view(group, answers, team: team, threshold: threshold, scale: scale, schoolOrder: schoolOrder)
            }
            indicators.append(IndicatorViews(indicator: indicator.id, name: indicator.name, teamLevel: scale.number(of: team),
                                             teamLevelName: scale.name(of: team), groups: views))
        }
        // Flagged first, then the framework's order (a stable sort keeps it).
        let ordered = indicators.filter(\.flagged) + indicators.filter { !$0.flagged }
        return StakeholderViews(minResponses: threshold, groups: responses, indicators: ordered)
    }

    private func view(_ group: VoiceGroup, _ answers: [(school: String?, level: Level)], team: Level, threshold: Int,
                      scale: RatingScale, schoolOrder: [String]) -> GroupView {
        let counted = SmallGroupSuppression.apply(total: answers.count, schools: Self.counts(answers.map(\.school), order: schoolOrder), threshold: threshold)
        guard counted.total != nil else {
            return GroupView(group: group, responses: nil, schools: counted.schools)
        }
        let sorted = answers.map(\.level).sorted()
        let median = sorted[sorted.count / 2]
        // Nearest-rank quartiles: each is an answer someone gave, never a level between two.
        let lower = sorted[(sorted.count + 3) / 4 - 1]
        let upper = sorted[(3 * sorted.count + 3) / 4 - 1]
        return GroupView(group: group, responses: answers.count, median: scale.number(of: median), medianName: scale.name(of: median),
                         lowerQuartile: scale.number(of: lower), upperQuartile: scale.number(of: upper),
                         gap: team.index - median.index, schools: counted.schools)
    }

    /// Responses per school, in the plan's order of schools; schools no one answered from are left out.
    private static func counts(_ schools: [String?], order: [String]) -> [(school: String, count: Int)] {
        var counts: [String: Int] = [:]
        for case let school? in schools { counts[school, default: 0] += 1 }
        return order.compactMap { id in counts[id].map { (id, $0) } }
    }
}

extension StakeholderViews {
    /// Per indicator, the groups that see it two levels or more below the team: what raises its priority.
    var perceptionGaps: [String: [PerceptionGap]] {
        var gaps: [String: [PerceptionGap]] = [:]
        for indicator in indicators {
            for view in indicator.groups where view.flagged {
                guard let median = view.median, let name = view.medianName else { continue }
                gaps[indicator.indicator, default: []].append(PerceptionGap(group: view.group, teamLevel: indicator.teamLevel, teamLevelName: indicator.teamLevelName,
                                                                            groupMedian: median, groupMedianName: name))
            }
        }
        return gaps
    }
}
