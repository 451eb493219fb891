import PlanwrightDocument

/// What the validator's ids name, as its messages say it: "school", or "schools" for two.
enum IdentifiedEntry {
    case school, staffMember, goal, milestone, trainingTrack, fundingSource, tool

    /// The noun for `count` entries; only the plural form is chosen by the count, which the text does not print.
    func noun(count: Int = 1) -> Message {
        switch self {
        case .school: Message("validate_noun_school", count: count)
        case .staffMember: Message("validate_noun_staff_member", count: count)
        case .goal: Message("validate_noun_goal", count: count)
        case .milestone: Message("validate_noun_milestone", count: count)
        case .trainingTrack: Message("validate_noun_training_track", count: count)
        case .fundingSource: Message("validate_noun_funding_source", count: count)
        case .tool: Message("validate_noun_tool", count: count)
        }
    }
}

/// The hints the plan's checks append to a message.
enum ValidationWords {
    /// "; did you mean 'x'?" when a candidate is close enough to be the one meant, or nothing.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message.Value {
        Suggestion.hint(word, in: candidates)
    }
}

extension PlanValidator {
    /// "indicator of the framework 'iste'".
    var frameworkIndicator: Message { Message("validate_noun_framework_indicator", ["framework": .text(plan.framework.id)]) }

    /// "step of that indicator (lms-1 to lms-4)", or "(it has none)".
    func stepNoun(of indicator: String, count: Int) -> Message {
        count == 0 ? Message("validate_noun_step_none")
            : Message("validate_noun_step", ["first": .text("\(indicator)-1"), "last": .text("\(indicator)-\(count)")])
    }
}
