import PlanwrightDocument

/// A milestone's title as a fact: the plan's (or the framework library's) own words, or which
/// milestone the planner added, worded by the outputs in the page's language. A Spanish page
/// cannot translate an English sentence, but it can word "the pilot before rollout X".
///
/// `plan.json` (and the diff's JSON) keep the English title their readers have always had: it
/// is written through `PlanSentences`. Two titles are equal when they are the same fact: a
/// generated pilot's title is the same in two versions when its rollout's title is.
public enum MilestoneTitle: Sendable, Hashable {
    /// As the plan or the framework's library writes it.
    case written(String)
    /// The pilot the planner put before a rollout that had none; the rollout's title as written.
    case addedPilot(rollout: String)
    /// The go/no-go gate the planner put before a rollout that had none.
    case addedGate(rollout: String)
    /// The study-and-adjust review that ends a cycle.
    case cycleReview(cycle: CycleName)

    /// The plan's own words; nil for a milestone the planner added.
    public var written: String? {
        if case let .written(text) = self { return text }
        return nil
    }

    /// The title as a phrase of a message or a page, worded in the reader's language: one place
    /// says which words each fact takes, for the checks' messages and the outputs alike.
    public var phrase: Message.Value {
        switch self {
        case let .written(text): .text(text)
        case let .addedPilot(rollout): .message(Message("milestone_added_pilot_title", ["rollout": .text(rollout)]))
        case let .addedGate(rollout): .message(Message("milestone_added_gate_title", ["rollout": .text(rollout)]))
        case let .cycleReview(cycle): .message(Message("milestone_cycle_review_title", ["cycle": cycle.phrase]))
        }
    }

    /// For a check's message: the plan's words cut to a quotable length, the planner's worded.
    public var excerpt: Message.Value {
        if case let .written(text) = self { return .text(Excerpt.of(text)) }
        return phrase
    }
}

/// One string, as `plan.json` has always had it: the plan's words, or the planner's in English
/// (`PlanSentences`); read back as written text, since a reader of the JSON sees only words.
extension MilestoneTitle: Codable {
    public init(from decoder: any Decoder) throws {
        self = .written(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(written ?? encoder.planSentences?.title(self) ?? "")
    }
}
