import PlanwrightPlanning

/// The board page's section on the stakeholder surveys: how many of each group answered, and
/// the indicators some group rates two levels or more below the team (`StakeholderViews` puts
/// them first), capped like the page's other lists. Every count is the summary's own, already
/// suppressed: a hidden figure stays hidden here.
extension HandoutViews {
    static func boardVoices(_ voices: StakeholderViews?, words: BoardWords) -> Fields {
        // Every key even without surveys (the section is then left out): see `HandoutViews`.
        guard let voices else {
            return [.hasVoices: false, .heading: "", .summary: "", .items: [Fields](), .hasItems: false, .more: "", .hasMore: false]
        }
        let gaps = voices.indicators.filter(\.flagged).map { indicator -> Fields in
            [.name: indicator.name, .detail: words.gaps(indicator)]
        }
        var fields = capped(gaps, boardVoices, more: words.moreVoices)
        fields[.hasVoices] = true
        fields[.heading] = words.voicesHeading(voices)
        fields[.summary] = words.responses(voices)
        return fields
    }
}
