import PlanwrightDocument

/// What a planned cost is for, as a fact: the plan's words for its own costs and support, or
/// which cost the planner added, worded by the outputs in the page's language.
public enum CostItem: Sendable, Hashable {
    /// As the plan writes it (`costs: [{ item: … }]`, `support: [{ what: … }]`).
    case written(String)
    /// Every champion's yearly stipend (`champions.stipend`).
    case championStipends
    /// A stipend or cover per training session, for its participants or its facilitators (`training.costs`).
    case training(Trainees, Pay)
    /// A tool's yearly cost (`tools: inventory: [{ cost: … }]`), named by the tool's name as the
    /// plan writes it; its id says which tool, for the outputs that group costs by tool.
    case tool(id: String, name: String)

    public enum Trainees: String, Sendable, Hashable { case participants, facilitators }
    public enum Pay: String, Sendable, Hashable { case stipend, cover }

    /// The plan's own words (a tool's name is); nil for a cost the planner added.
    public var written: String? {
        switch self {
        case let .written(text), let .tool(_, text): text
        case .championStipends, .training: nil
        }
    }

    /// The item as a phrase of a message or a page, worded in the reader's language. A written
    /// item is cut as messages quote plan text (`Excerpt`) only where a message asks for that.
    public var phrase: Message.Value {
        switch self {
        case let .written(text), let .tool(_, text): .text(text)
        case .championStipends: .message(Message("cost_champion_stipends"))
        case .training(.participants, .stipend): .message(Message("cost_training_participants_stipend"))
        case .training(.participants, .cover): .message(Message("cost_training_participants_cover"))
        case .training(.facilitators, .stipend): .message(Message("cost_training_facilitators_stipend"))
        case .training(.facilitators, .cover): .message(Message("cost_training_facilitators_cover"))
        }
    }

    /// For a check's message: the plan's words cut to a quotable length, the planner's worded.
    public var excerpt: Message.Value {
        if let written { return .text(Excerpt.of(written)) }
        return phrase
    }
}

/// One string, as `plan.json` has always had it (the planner's items in English, through `PlanSentences`).
extension CostItem: Codable {
    public init(from decoder: any Decoder) throws {
        self = .written(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(written ?? encoder.planSentences?.item(self) ?? "")
    }
}
