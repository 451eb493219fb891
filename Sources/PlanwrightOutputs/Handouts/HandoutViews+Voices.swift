import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The district plan's section on what stakeholder surveys said: per indicator the team's
/// rating and each group's view, flagged gaps first (`StakeholderViews` orders them), then how
/// many of each group answered. Every figure comes already suppressed from the planned result.
extension HandoutViews {
    static func voices(_ p: ImprovementPlan, people: PlannedPeople, wording w: Wording) -> Fields {
        // Every key even without surveys (the section is then left out): see `HandoutViews`.
        guard let voices = p.voices else {
            return [.hasVoices: false, .heading: "", .summary: "", .columns: [Fields](), .rows: [Fields](), .counts: [Fields]()]
        }
        let groups = voices.groups.map(\.group)
        let rows: [Fields] = voices.indicators.map { indicator in
            let flagged = indicator.groups.filter(\.flagged).map(\.group)
            let cells: [Fields] = groups.map { group in
                // A group whose survey did not ask about the indicator has its own word, not "fewer than".
                [.detail: VoicesWords.view(indicator.groups.first { $0.group == group }, threshold: voices.minResponses, w)]
            }
            return [.name: indicator.name, .current: VoicesWords.level(indicator.teamLevelName, indicator.teamLevel, w), .cells: cells,
                    .flagged: !flagged.isEmpty, .reason: VoicesWords.discuss(flagged, w)]
        }
        return [
            .hasVoices: true,
            .heading: VoicesWords.heading(groups, w),
            .summary: VoicesWords.explanation(threshold: voices.minResponses, w),
            .columns: groups.map { [.name: VoicesWords.group($0, capitalized: true, w)] as Fields },
            .rows: rows,
            .counts: voices.groups.map { [.detail: VoicesWords.count($0, threshold: voices.minResponses, schoolName: people.schoolName, w)] as Fields },
        ]
    }
}
