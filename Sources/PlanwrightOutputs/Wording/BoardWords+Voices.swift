import PlanwrightDocument
import PlanwrightPlanning

/// The board page's survey sentences, from `board_*` texts and the voices' own words
/// (`VoicesWords`: a group's name, a level, a count or its suppressed wording).
extension BoardWords {
    /// Added to a priority's line: "; families rate it 2 levels lower than the team".
    func perceptionGaps(_ gaps: [PerceptionGap]) -> String {
        gaps.map { w.count(.boardPriorityGap, $0.levels, ["group": VoicesWords.group($0.group, w)]) }.joined()
    }

    /// "What teachers, students and families told us".
    func voicesHeading(_ voices: StakeholderViews) -> String { VoicesWords.heading(voices.groups.map(\.group), w) }

    /// "Teachers: 142 responses · Families: fewer than 5 responses": a suppressed count is never a number.
    func responses(_ voices: StakeholderViews) -> String {
        voices.groups.map { group in
            w(.voicesGroupResponses, ["group": VoicesWords.group(group.group, capitalized: true, w),
                                      "responses": VoicesWords.responses(group.responses, threshold: voices.minResponses, w)])
        }.joined(separator: " · ")
    }

    /// One flagged indicator: "Teachers rate it Not started (1), 2 levels below the team's Developing (3)."
    func gaps(_ indicator: IndicatorViews) -> String {
        indicator.groups.filter(\.flagged).compactMap { view -> String? in
            guard let median = view.median, let name = view.medianName, let gap = view.gap else { return nil }
            return w.count(.boardVoicesGap, gap, ["group": VoicesWords.group(view.group, capitalized: true, w),
                                                  "level": VoicesWords.level(name, median, w),
                                                  "team": VoicesWords.level(indicator.teamLevelName, indicator.teamLevel, w)])
        }.joined(separator: " ")
    }

    func moreVoices(_ n: Int) -> String { w.count(.boardMoreVoices, n) }
}
