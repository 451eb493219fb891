import PlanwrightDocument

extension NewPlan.Summary {
    /// "3 finished milestones left behind, 2 unfinished milestones carried over, 1 rating raised,
    /// 2 framework steps recorded as done", worded when `init --from` prints it: each part counted,
    /// joined by commas (a tally, not a sentence's "a, b and c"). Goals and steps only when there are some.
    public var tally: Message {
        var parts = [Message("init_summary_milestones_left_behind", count: milestonesLeftBehind),
                     Message("init_summary_milestones_carried", count: milestonesCarried)]
        if goalsLeftBehind > 0 { parts.append(Message("init_summary_goals_left_behind", count: goalsLeftBehind)) }
        parts.append(Message("init_summary_ratings_raised", count: ratingsRaised))
        if stepsDone > 0 { parts.append(Message("init_summary_steps_done", count: stepsDone)) }
        return parts.dropLast().reversed().reduce(parts[parts.count - 1]) { Message("init_summary_and_more", ["part": .message($1), "more": .message($0)]) }
    }
}
